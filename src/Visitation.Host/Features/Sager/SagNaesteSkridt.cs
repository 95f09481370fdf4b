using Mediator;
using Microsoft.EntityFrameworkCore;
using Visitation.Host.Features.Audit;
using Visitation.Host.Features.Opgaver;
using Visitation.Host.Infrastructure.Errors;
using Visitation.Host.Infrastructure.Persistence;
using Visitation.Host.Infrastructure.Tenancy;
using Visitation.Workflows.Hosting;

namespace Visitation.Host.Features.Sager;

/// <summary>
/// What a case waits for next: an open task, or, when it has none, what its flow waits at (write the indstilling, record
/// the need and choose an offer, the beslutning within the frame, a forum's meeting, the provider's answer, a date).
/// Codes: <c>opgave</c>, <c>indstilling</c>, <c>matchning</c>, <c>beslutning</c>, <c>moede</c>, <c>leverandoer</c>,
/// <c>venter</c>, <c>afsluttet</c> (the case is closed) and <c>ukendt</c> (open, but its flow waits for nothing known).
/// What only the caseworker can move (the indstilling, matching, the beslutning) comes before an open task; <c>TaskId</c>
/// is the earliest open task either way and <c>OpenTasks</c> how many there are.
/// </summary>
public sealed record NextStepView(string Code, string? Detail, DateTimeOffset? Since, DateTimeOffset? DueAt, string? TaskId = null, int OpenTasks = 0);

/// <summary>An open case of the caller's with no open task, and what it waits for, so the work list never goes quiet on it.</summary>
public sealed record WaitingCaseView(Guid Id, string CaseNumber, string ChildName, string? Cpr, NextStepView NextStep);

public sealed class NaesteSkridt(VisitationDbContext db, WorkflowTenants workflows, CurrentUser currentUser)
{
    /// <summary>Bookmark names of the case flows, in the order a case's next step is chosen from them.</summary>
    static readonly (string Bookmark, string Code)[] Waits =
    [
        ("indstilling-indsendt", "indstilling"),
        ("matchning-valgt", "matchning"),
        ("matchning-besluttet", "beslutning"),
        ("Visitation.BehandlPaaMoede", "moede"),
        ("Visitation.Bestilling", "leverandoer"),
    ];

    /// <summary>Waits that only the caseworker's own work ends; they come before the open tasks.</summary>
    static readonly HashSet<string> CaseworkerWaits = ["indstilling", "matchning", "beslutning"];

    /// <summary>Bookmarks that are always there on an open case and say nothing about what it waits for.</summary>
    static readonly HashSet<string> Background = [SagFlow.UnderretningModtagetEvent, "Elsa.ExecuteWorkflow", "Visitation.HumanTask", "Visitation.Retry"];

    public async Task<IReadOnlyDictionary<Guid, NextStepView>> ForAsync(IReadOnlyList<Sag> sager, CancellationToken cancellationToken)
    {
        var result = new Dictionary<Guid, NextStepView>();
        if (sager.Count == 0) return result;
        var keys = sager.Select(s => s.Id.ToString()).ToList();
        var open = new[] { WorkItemStatus.Open, WorkItemStatus.Claimed, WorkItemStatus.Assigned };
        var tasks = await db.WorkItems.AsNoTracking().Where(w => w.CaseId != null && keys.Contains(w.CaseId) && open.Contains(w.Status))
            .Select(w => new { w.CaseId, w.Id, w.Title, w.CreatedAt, w.DueAt }).ToListAsync(cancellationToken);
        var tenant = workflows.For(currentUser.RequireTenantId());
        var bookmarks = await tenant.Db.Bookmarks.AsNoTracking()
            .Where(b => b.TenantId == tenant.TenantId && b.CorrelationId != null && keys.Contains(b.CorrelationId))
            .Select(b => new { b.CorrelationId, b.Name, b.CreatedAt, b.DueAt, b.PayloadJson }).ToListAsync(cancellationToken);
        foreach (var sag in sager)
        {
            var key = sag.Id.ToString();
            if (sag.Status == SagStatus.Lukket) { result[sag.Id] = new NextStepView("afsluttet", null, null, null); continue; }
            var caseTasks = tasks.Where(t => t.CaseId == key).OrderBy(t => t.DueAt == null).ThenBy(t => t.DueAt).ThenBy(t => t.CreatedAt).ToList();
            var task = caseTasks.FirstOrDefault();
            var waits = bookmarks.Where(b => b.CorrelationId == key).ToList();
            var known = Waits.Select(w => (w.Code, Bookmark: waits.FirstOrDefault(b => b.Name == w.Bookmark))).FirstOrDefault(w => w.Bookmark is not null);
            if (known.Bookmark is { } bookmark && (task is null || CaseworkerWaits.Contains(known.Code)))
            {
                result[sag.Id] = new NextStepView(known.Code, await DetailAsync(sag, known.Code, cancellationToken), bookmark.CreatedAt, bookmark.DueAt,
                    task?.Id, caseTasks.Count);
                continue;
            }
            if (task is not null) { result[sag.Id] = new NextStepView("opgave", task.Title, task.CreatedAt, task.DueAt, task.Id, caseTasks.Count); continue; }
            var timer = waits.Where(b => b.DueAt is not null && !Background.Contains(b.Name)).OrderBy(b => b.DueAt).FirstOrDefault();
            result[sag.Id] = timer is not null ? new NextStepView("venter", null, timer.CreatedAt, timer.DueAt) : new NextStepView("ukendt", null, null, null);
        }
        return result;
    }

    /// <summary>For a forum's meeting: the forum and the date; for an order: the provider.</summary>
    async Task<string?> DetailAsync(Sag sag, string code, CancellationToken cancellationToken)
    {
        switch (code)
        {
            case "moede":
                var meeting = (await Moeder.ScheduledMeetingView.ForCaseAsync(db, sag.Id, cancellationToken)).Values.OrderByDescending(m => m.StartsAt).FirstOrDefault();
                return meeting is null ? null : $"{meeting.Forum} {meeting.Date:yyyy-MM-dd}";
            case "leverandoer":
                var provider = await (from order in db.Bestillinger.AsNoTracking()
                                      join p in db.Providers.AsNoTracking() on order.ProviderId equals p.Id
                                      where order.SagId == sag.Id && order.Status == Bestillinger.BestillingStatus.Afventer
                                      orderby order.SendtAt descending
                                      select p.Name).FirstOrDefaultAsync(cancellationToken);
                return provider;
            default:
                return null;
        }
    }
}

/// <summary>One case's next step (caseworkers and leaders).</summary>
public static class GetSagNaesteSkridt
{
    public sealed record Query(Guid Id) : IQuery<NextStepView>;

    public sealed class Handler(VisitationDbContext db, NaesteSkridt naesteSkridt) : IQueryHandler<Query, NextStepView>
    {
        public async ValueTask<NextStepView> Handle(Query query, CancellationToken cancellationToken)
        {
            var sag = await db.Sager.AsNoTracking().SingleOrDefaultAsync(s => s.Id == query.Id, cancellationToken) ?? throw new ResourceNotFoundException("Sagen");
            return (await naesteSkridt.ForAsync([sag], cancellationToken))[sag.Id];
        }
    }
}

/// <summary>The caller's open cases (as tovholder) that have no open task, each with what it waits for; oldest first.</summary>
public static class ListVentendeSager
{
    public sealed record Query : IQuery<IReadOnlyList<WaitingCaseView>>;

    public sealed class Handler(VisitationDbContext db, CurrentUser currentUser, NaesteSkridt naesteSkridt, AuditTrail audit)
        : IQueryHandler<Query, IReadOnlyList<WaitingCaseView>>
    {
        public async ValueTask<IReadOnlyList<WaitingCaseView>> Handle(Query query, CancellationToken cancellationToken)
        {
            var mine = await db.Sager.AsNoTracking().Where(s => s.TovholderId == currentUser.UserId && s.Status == SagStatus.Aaben)
                .OrderBy(s => s.OprettetAt).Take(500).ToListAsync(cancellationToken);
            var steps = await naesteSkridt.ForAsync(mine, cancellationToken);
            var waiting = mine.Where(s => steps[s.Id].OpenTasks == 0).ToList();
            await audit.ReadAsync(currentUser.RequireKommuneId(), waiting.Select(s => s.Id), "sag.list", cancellationToken);
            return [.. waiting.Select(s => new WaitingCaseView(s.Id, s.Sagsnummer, s.BarnNavn, SagSummaryView.Mask(s.Cpr), steps[s.Id]))];
        }
    }
}

/// <summary>The full CPR number of a case's child, for a caseworker who chooses to see it; every reveal is in the audit trail.</summary>
public static class RevealSagCpr
{
    public sealed record CprView(string? Cpr);

    public sealed record Command(Guid Id) : ICommand<CprView>;

    public sealed class Handler(VisitationDbContext db, AuditTrail audit) : ICommandHandler<Command, CprView>
    {
        public async ValueTask<CprView> Handle(Command command, CancellationToken cancellationToken)
        {
            var sag = await db.Sager.AsNoTracking().Where(s => s.Id == command.Id).Select(s => new { s.Id, s.KommuneId, s.Cpr })
                          .SingleOrDefaultAsync(cancellationToken) ?? throw new ResourceNotFoundException("Sagen");
            await audit.ReadAsync(sag.KommuneId, [sag.Id], "sag.cpr.vist", cancellationToken);
            return new CprView(sag.Cpr);
        }
    }
}
