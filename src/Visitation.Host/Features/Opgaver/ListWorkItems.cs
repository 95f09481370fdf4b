using System.Linq.Expressions;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Visitation.Host.Features.Audit;
using Visitation.Host.Infrastructure.Behaviors;
using Visitation.Host.Infrastructure.Errors;
using Visitation.Host.Infrastructure.Persistence;
using Visitation.Host.Infrastructure.Tenancy;

namespace Visitation.Host.Features.Opgaver;

/// <summary>
/// The work list, earliest due first (tasks without a due date last). Views: <c>mine</c> (open tasks I have),
/// <c>candidate</c> (open tasks nobody has that I may take), <c>case</c> (every task of one case that I may see),
/// <c>overdue</c> (open tasks past their due date that I may see), and for leaders <c>team</c> (open tasks of their
/// team's members, escalations to their team or to every leader, and the reassignment queue) and <c>queue</c>.
/// <c>q</c> narrows to tasks whose title, child's name or case number contains the text; <c>sort</c> is <c>due</c>
/// (default), <c>-due</c> (latest first), <c>created</c> or <c>-created</c>. Each task names its case's number and child
/// (CPR masked); the cases shown are in the audit trail as read.
/// </summary>
public static class ListWorkItems
{
    public static readonly IReadOnlyList<string> Views = ["mine", "candidate", "case", "overdue", "team", "queue"];

    public static readonly IReadOnlyList<string> Sorts = ["due", "-due", "created", "-created"];

    public sealed record Query(string? View, string? CaseId, int Skip, int Take, string? Q = null, string? Sort = null) : IQuery<WorkItemPage>, IValidatable
    {
        public IEnumerable<ProblemError> Validate()
        {
            if (View is not null) foreach (var error in FieldRules.OneOf("/view", View, Views)) yield return error;
            if (Sort is not null) foreach (var error in FieldRules.OneOf("/sort", Sort, Sorts)) yield return error;
            foreach (var error in FieldRules.Text("/q", Q, 100, required: false)) yield return error;
            if (View == "case" && string.IsNullOrWhiteSpace(CaseId)) yield return ErrorMessages.Error("/caseId", "field.required");
            if (Skip < 0) yield return ErrorMessages.Error("/skip", "field.invalidFormat", ">= 0");
            if (Take is < 1 or > 500) yield return ErrorMessages.Error("/take", "field.invalidFormat", "1-500");
        }
    }

    /// <summary>
    /// Open, claimed or assigned, as constants: compared with an array parameter instead, EF built the statement's SQL
    /// anew on every execution, under a lock shared by all requests.
    /// </summary>
    static readonly Expression<Func<WorkItem, bool>> IsOpen =
        w => w.Status == WorkItemStatus.Open || w.Status == WorkItemStatus.Claimed || w.Status == WorkItemStatus.Assigned;

    public sealed class Handler(VisitationDbContext db, CurrentUser currentUser, TimeProvider clock, AuditTrail audit) : IQueryHandler<Query, WorkItemPage>
    {
        public async ValueTask<WorkItemPage> Handle(Query query, CancellationToken cancellationToken)
        {
            var now = clock.GetUtcNow();
            var actor = await WorkItemActor.LoadAsync(db, currentUser, now, cancellationToken);
            var items = db.WorkItems.AsNoTracking().Where(w => w.KommuneId == actor.KommuneId);
            switch (query.View ?? "mine")
            {
                case "mine":
                    items = items.Where(IsOpen).Where(actor.IsAssignedToMe());
                    break;
                case "candidate":
                    items = items.Where(w => w.Status == WorkItemStatus.Open && w.Assignee == null).Where(actor.IsCandidateFor());
                    break;
                case "case":
                    items = items.Where(w => w.CaseId == query.CaseId).Where(actor.CanSee());
                    break;
                case "overdue":
                    items = items.Where(IsOpen).Where(w => w.DueAt != null && w.DueAt < now).Where(actor.CanSee());
                    break;
                case "team":
                    RequireLeader(actor);
                    var teamId = actor.TeamId;
                    var members = teamId is null ? [] : await db.Users.AsNoTracking().Where(u => u.KommuneId == actor.KommuneId && u.TeamId == teamId)
                        .Select(u => u.UserName).ToListAsync(cancellationToken);
                    items = items.Where(IsOpen).Where(w => ((w.Assignee != null && members.Contains(w.Assignee))
                        || (w.EscalatedAt != null && (w.EscalatedToTeamId == null || w.EscalatedToTeamId == teamId)) || w.InReassignmentQueue));
                    break;
                case "queue":
                    RequireLeader(actor);
                    items = items.Where(IsOpen).Where(w => w.InReassignmentQueue);
                    break;
            }
            if (query.Q?.Trim().ToLowerInvariant() is { Length: > 0 } text)
            {
                // Cases are matched first (by child's name or case number), then the tasks by title or case.
                var caseIds = (await db.Sager.AsNoTracking()
                        .Where(s => s.BarnNavn.ToLower().Contains(text) || s.Sagsnummer.ToLower().Contains(text))
                        .Select(s => s.Id).Take(2000).ToListAsync(cancellationToken))
                    .Select(id => id.ToString()).ToList();
                items = items.Where(w => w.Title.ToLower().Contains(text) || (w.CaseId != null && caseIds.Contains(w.CaseId)));
            }
            var total = await items.CountAsync(cancellationToken);
            var ordered = query.Sort switch
            {
                "-due" => items.OrderBy(w => w.DueAt == null).ThenByDescending(w => w.DueAt).ThenByDescending(w => w.CreatedAt).ThenBy(w => w.Id),
                "created" => items.OrderBy(w => w.CreatedAt).ThenBy(w => w.Id),
                "-created" => items.OrderByDescending(w => w.CreatedAt).ThenBy(w => w.Id),
                _ => items.OrderBy(w => w.DueAt == null).ThenBy(w => w.DueAt).ThenBy(w => w.CreatedAt).ThenBy(w => w.Id),
            };
            var page = await ordered.Skip(query.Skip).Take(query.Take).ToListAsync(cancellationToken);
            await LoadCandidatesAsync(page, cancellationToken);
            var teams = await WorkItemLookup.TeamCodesAsync(db, page, cancellationToken);
            var cases = await WorkItemLookup.CasesAsync(db, page, cancellationToken);
            await audit.ReadAsync(actor.KommuneId, cases.Keys.Select(Guid.Parse), "opgave.list", cancellationToken);
            return new WorkItemPage(page.Select(w => WorkItemView.From(w, actor, now, teams, cases)).ToList(), total, query.Skip, query.Take);
        }

        /// <summary>
        /// The page's candidates in a second query by task id. Included in the page's query instead, they multiplied its
        /// rows (each task's columns once per candidate), and EF's shaper for the included collection built delegates
        /// for every row it read.
        /// </summary>
        async Task LoadCandidatesAsync(List<WorkItem> page, CancellationToken cancellationToken)
        {
            if (page.Count == 0) return;
            var ids = page.Select(w => w.Id).ToList();
            var candidates = (await db.WorkItemCandidates.AsNoTracking().Where(c => ids.Contains(c.WorkItemId)).ToListAsync(cancellationToken))
                .ToLookup(c => c.WorkItemId);
            foreach (var item in page) item.Candidates = [.. candidates[item.Id]];
        }

        static void RequireLeader(WorkItemActor actor)
        {
            if (!actor.IsLeader) throw new ForbiddenException(ErrorMessages.Error("/view", "tasks.leadersOnly"));
        }
    }
}
