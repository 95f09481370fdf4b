using System.Text.Json.Nodes;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Visitation.Host.Features.Audit;
using Visitation.Host.Features.Bestillinger;
using Visitation.Host.Features.Opgaver;
using Visitation.Host.Infrastructure.Errors;
using Visitation.Host.Infrastructure.Persistence;
using Visitation.Host.Infrastructure.Tenancy;
using Visitation.Workflows.Execution;
using Visitation.Workflows.Hosting;

namespace Visitation.Host.Features.Sager;

/// <summary>
/// One event on a case's timeline. <c>Kind</c>: <c>underretning</c>, <c>opgave</c>, <c>afgoerelse</c>, <c>dokument</c>,
/// <c>bestilling</c>, <c>forloeb</c> (the flow's journal) or <c>handling</c> (a write in the audit trail). <c>Code</c> is
/// stable (for the Studio's wording): the audit action, the decision's outcome, the flow step, the order's answer.
/// <c>Actor</c> is the person's display name (null for the system); <c>Data</c> is what was entered (a task's form, the action).
/// </summary>
public sealed record TimelineEntryView(DateTimeOffset At, string Kind, string Code, string? Actor, string? Title, string? Text, JsonObject? Data);

/// <summary>An order of the case and its provider's answer, as the caseworker sees it.</summary>
public sealed record CaseOrderView(Guid Id, BestillingStatus Status, string Provider, string MeasureType, string LegalBasis, decimal Quantity, string Unit,
    decimal UnitPrice, DateOnly Start, DateOnly? End, string Contact, DateTimeOffset SentAt, DateTimeOffset? AnsweredAt, string? AnsweredBy, string? Reason);

/// <summary>
/// The case's timeline, newest first: underretninger, completed tasks with what was entered, decisions, documents, orders
/// and their answers, the flow's main steps and the audit trail's writes. Reading it is audited.
/// </summary>
public static class GetSagTidslinje
{
    /// <summary>Audit actions shown by a richer entry of their own.</summary>
    static readonly HashSet<string> Covered = ["underretning.register", "dokument.add", "afgoerelse.decide", "bestilling.accept", "bestilling.decline"];

    /// <summary>Flow steps worth a line, by activity type and journal event.</summary>
    static readonly Dictionary<(string Type, JournalEvent Event), string> FlowSteps = new()
    {
        [("Visitation.BehandlPaaMoede", JournalEvent.Suspended)] = "forloeb.paaDagsorden",
        [("Visitation.Bevilg", JournalEvent.Completed)] = "forloeb.bevilget",
        [("Visitation.AfslutBevilling", JournalEvent.Completed)] = "forloeb.bevillingAfsluttet",
        [("Visitation.LukSag", JournalEvent.Completed)] = "forloeb.sagLukket",
        [("Elsa.Finish", JournalEvent.Completed)] = "forloeb.afsluttet",
    };

    public sealed record Query(Guid Id) : IQuery<IReadOnlyList<TimelineEntryView>>;

    public sealed class Handler(VisitationDbContext db, WorkflowTenants workflows, CurrentUser currentUser, AuditTrail audit)
        : IQueryHandler<Query, IReadOnlyList<TimelineEntryView>>
    {
        public async ValueTask<IReadOnlyList<TimelineEntryView>> Handle(Query query, CancellationToken cancellationToken)
        {
            var sag = await db.Sager.AsNoTracking().SingleOrDefaultAsync(s => s.Id == query.Id, cancellationToken) ?? throw new ResourceNotFoundException("Sagen");
            var key = sag.Id.ToString();
            var entries = new List<TimelineEntryView>
            {
                new(sag.OprettetAt, "handling", "sag.register", sag.OprettetAf, sag.Sagsnummer, null, null),
            };

            foreach (var u in await db.Underretninger.AsNoTracking().Where(u => u.SagId == sag.Id).ToListAsync(cancellationToken))
                entries.Add(new(u.ModtagetAt, "underretning", u.Genvurdering ? "underretning.genvurdering" : "underretning.modtaget", u.RegistreretAf,
                    u.UnderretterType.ToString(), u.Indhold.Length > 400 ? u.Indhold[..400] + " …" : u.Indhold, null));

            var tasks = await db.WorkItems.AsNoTracking().Where(w => w.CaseId == key && w.Status == WorkItemStatus.Completed).ToListAsync(cancellationToken);
            foreach (var task in tasks)
            {
                var data = new JsonObject { ["action"] = task.CompletedAction };
                if (task.CompletedData is not null && JsonNode.Parse(task.CompletedData) is JsonObject entered) data["data"] = entered;
                entries.Add(new(task.CompletedAt ?? task.CreatedAt, "opgave", "opgave.udfoert", task.CompletedBy, task.Title, null, data));
            }

            foreach (var a in await db.Afgoerelser.AsNoTracking().Where(a => a.SagId == sag.Id).ToListAsync(cancellationToken))
                entries.Add(new(a.AfgjortAt, "afgoerelse", "afgoerelse." + a.Udfald, a.AfgjortAf, a.NiveauNavn, a.Begrundelse,
                    new JsonObject { ["decisionId"] = a.Id.ToString(), ["indstillingId"] = a.IndstillingId.ToString() }));

            var seesNotifier = Underretninger.NotifierIdentity.IsVisibleTo(sag, currentUser);
            foreach (var d in await db.SagDokumenter.AsNoTracking().Where(d => d.SagId == sag.Id && (seesNotifier || d.UnderretningId == null))
                         .Select(d => new { d.Id, d.Titel, d.FilNavn, d.TilfoejetAt, d.TilfoejetAf }).ToListAsync(cancellationToken))
                entries.Add(new(d.TilfoejetAt, "dokument", "dokument.add", d.TilfoejetAf, d.Titel, d.FilNavn,
                    new JsonObject { ["documentId"] = d.Id.ToString() }));

            foreach (var o in await OrdersAsync(db, sag.Id, cancellationToken))
            {
                entries.Add(new(o.SentAt, "bestilling", "bestilling.sendt", null, o.Provider, null, null));
                if (o.AnsweredAt is { } answered)
                    entries.Add(new(answered, "bestilling", o.Status == BestillingStatus.Accepteret ? "bestilling.accepteret" : "bestilling.afvist",
                        o.AnsweredBy, o.Provider, o.Reason, null));
            }

            foreach (var w in await db.AuditEntries.AsNoTracking().Where(e => e.SagId == sag.Id && !e.IsRead).ToListAsync(cancellationToken))
                if (!Covered.Contains(w.Action) && !(w.Action == "sag.register" && w.At - sag.OprettetAt < TimeSpan.FromSeconds(5)))
                    entries.Add(new(w.At, "handling", w.Action, w.UserName, null, null, null));

            var tenant = workflows.For(currentUser.RequireTenantId());
            var instanceIds = await tenant.Db.Instances.AsNoTracking().Where(i => i.TenantId == tenant.TenantId && i.CorrelationId == key)
                .Select(i => i.Id).ToListAsync(cancellationToken);
            var types = FlowSteps.Keys.Select(k => k.Type).Distinct().ToList();
            var journal = await tenant.Db.Journal.AsNoTracking()
                .Where(j => j.TenantId == tenant.TenantId && instanceIds.Contains(j.WorkflowInstanceId) && j.ActivityType != null && types.Contains(j.ActivityType))
                .ToListAsync(cancellationToken);
            foreach (var j in journal)
                if (FlowSteps.TryGetValue((j.ActivityType!, j.Event), out var code))
                    entries.Add(new(j.Timestamp, "forloeb", code, null, null, null, null));

            var names = await DisplayNamesAsync(entries.Select(e => e.Actor), cancellationToken);
            await audit.ReadAsync(sag.KommuneId, [sag.Id], "sag.tidslinje", cancellationToken);
            return [.. entries.Select(e => e with { Actor = e.Actor is null ? null : names.GetValueOrDefault(e.Actor, e.Actor) })
                .OrderByDescending(e => e.At)];
        }

        async Task<IReadOnlyDictionary<string, string>> DisplayNamesAsync(IEnumerable<string?> userNames, CancellationToken cancellationToken)
        {
            var wanted = userNames.OfType<string>().Distinct().ToList();
            var kommuneId = currentUser.RequireKommuneId();
            return await db.Users.AsNoTracking().Where(u => u.KommuneId == kommuneId && wanted.Contains(u.UserName))
                .ToDictionaryAsync(u => u.UserName, u => u.DisplayName, cancellationToken);
        }
    }

    /// <summary>A case's orders, newest first, with the provider's name and answer.</summary>
    public static async Task<List<CaseOrderView>> OrdersAsync(VisitationDbContext db, Guid sagId, CancellationToken cancellationToken)
    {
        var rows = await (from o in db.Bestillinger.AsNoTracking()
                          join p in db.Providers.AsNoTracking() on o.ProviderId equals p.Id
                          where o.SagId == sagId
                          select new { Order = o, Provider = p.Name }).ToListAsync(cancellationToken);
        return [.. rows.OrderByDescending(r => r.Order.SendtAt).Select(r => new CaseOrderView(r.Order.Id, r.Order.Status, r.Provider, r.Order.IndsatsType,
            r.Order.Lovgrundlag, r.Order.Omfang, r.Order.Enhed, r.Order.EnhedsprisOere / 100m, r.Order.Start, r.Order.Slut, r.Order.KontaktNavn, r.Order.SendtAt,
            r.Order.BesvaretAt, r.Order.BesvaretAf, r.Order.Begrundelse))];
    }
}

/// <summary>The case's orders and the providers' answers (caseworkers and leaders); reading them is audited.</summary>
public static class ListSagBestillinger
{
    public sealed record Query(Guid Id) : IQuery<IReadOnlyList<CaseOrderView>>;

    public sealed class Handler(VisitationDbContext db, AuditTrail audit) : IQueryHandler<Query, IReadOnlyList<CaseOrderView>>
    {
        public async ValueTask<IReadOnlyList<CaseOrderView>> Handle(Query query, CancellationToken cancellationToken)
        {
            var sag = await db.Sager.AsNoTracking().Where(s => s.Id == query.Id).Select(s => new { s.Id, s.KommuneId }).SingleOrDefaultAsync(cancellationToken)
                      ?? throw new ResourceNotFoundException("Sagen");
            var orders = await GetSagTidslinje.OrdersAsync(db, sag.Id, cancellationToken);
            await audit.ReadAsync(sag.KommuneId, [sag.Id], "bestilling.read", cancellationToken);
            return orders;
        }
    }
}
