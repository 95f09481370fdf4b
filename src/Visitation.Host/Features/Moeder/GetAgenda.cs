using Mediator;
using Microsoft.EntityFrameworkCore;
using Visitation.Host.Features.Audit;
using Visitation.Host.Features.Fora;
using Visitation.Host.Features.Indstillinger;
using Visitation.Host.Features.Oekonomi;
using Visitation.Host.Features.Sager;
using Visitation.Host.Infrastructure.Errors;
using Visitation.Host.Infrastructure.Persistence;
using Visitation.Host.Infrastructure.Tenancy;

namespace Visitation.Host.Features.Moeder;

/// <summary>What the forum decides on: the proposed measure and its cost by the cost rule.</summary>
public sealed record ProposalView(string Needs, string MeasureType, string? Subtype, string LegalBasis, string? Provider, string? ProviderKind, decimal Quantity,
    string Unit, decimal UnitPrice, DateOnly Start, DateOnly? ExpectedEnd, string FollowUpCadence, decimal CostThisYear, decimal CostTotal, decimal AnnualCost);

/// <summary>A measure the case already has (a grant decided earlier), with its cost.</summary>
public sealed record CurrentMeasureView(Guid DecisionId, string MeasureType, string? Provider, decimal Quantity, string Unit, decimal UnitPrice, DateOnly Start,
    DateOnly? End, decimal CostThisYear, decimal AnnualCost);

/// <summary>Why the item came to this forum: the competence plan's rule and level that routed the indstilling, and the plan's version.</summary>
public sealed record RoutingView(string? Rule, string? LevelCode, string? Level, int? PlanVersion);

/// <summary>
/// One item of the agenda: the case (by number, the child by name and masked CPR), the indstilling, how it was routed here, the case's current
/// measures and the presenting caseworker's slot.
/// </summary>
public sealed record AgendaEntryView(AgendaItemView Item, string CaseNumber, ProposalView Proposal, IReadOnlyList<CurrentMeasureView> CurrentMeasures,
    decimal CurrentMeasuresAnnualCost, string Presenter, DateTimeOffset PresenterSlotStart, DateTimeOffset PresenterSlotEnd, string Child, string? Cpr,
    RoutingView Routing);

/// <summary>
/// The agenda's totals: what its items would cost this year and in total, and the new annual cost they would commit; then what the items
/// decided so far grant (with a changed scope where the forum changed it), and how many are decided.
/// </summary>
public sealed record AgendaTotalsView(int Items, decimal CostThisYear, decimal CostTotal, decimal NewAnnualCost, int Decided = 0, int Granted = 0,
    decimal GrantedCostThisYear = 0, decimal GrantedCostTotal = 0, decimal GrantedAnnualCost = 0);

public sealed record AgendaView(Guid ForumId, string Forum, MeetingView Meeting, IReadOnlyList<AgendaEntryView> Items, AgendaTotalsView Totals, AttendanceView Attendance);

/// <summary>
/// A meeting's agenda with its attendance, read by the forum's people and by leaders and administrators (403 for anyone else). Costs come
/// from the one cost rule: this year is the meeting's calendar year, the annual cost is the measure's first 12 months.
/// Reading it is audited per case.
/// </summary>
public static class GetAgenda
{
    /// <summary>Each item's presenter gets this many minutes, in agenda order from the meeting's start.</summary>
    public const int PresenterMinutes = 15;

    public sealed record Query(Guid ForumId, Guid MeetingId) : IQuery<AgendaView>;

    public sealed class Handler(VisitationDbContext db, MeetingItems items, ForumMeetings meetings, CurrentUser currentUser, AuditTrail audit)
        : IQueryHandler<Query, AgendaView>
    {
        public async ValueTask<AgendaView> Handle(Query query, CancellationToken cancellationToken)
        {
            var (forum, meeting) = await items.MeetingAsync(query.ForumId, query.MeetingId, cancellationToken);
            RequireReader(forum, currentUser);
            var agenda = await db.AgendaItems.AsNoTracking()
                .Where(i => i.MeetingId == meeting.Id && (i.Status == AgendaItemStatus.Queued || i.Status == AgendaItemStatus.Decided))
                .OrderBy(i => i.Position).ToListAsync(cancellationToken);
            var caseIds = agenda.Select(i => i.CaseId).Distinct().ToList();
            var indstillingIds = agenda.Select(i => i.IndstillingId).ToList();
            var cases = await db.Sager.AsNoTracking().Where(s => caseIds.Contains(s.Id))
                .Select(s => new { s.Id, s.Sagsnummer, s.BarnNavn, s.Cpr }).ToDictionaryAsync(s => s.Id, cancellationToken);
            var indstillinger = await db.Indstillinger.AsNoTracking().Where(i => caseIds.Contains(i.SagId)).ToDictionaryAsync(i => i.Id, cancellationToken);
            var grants = await db.Afgoerelser.AsNoTracking()
                .Where(a => caseIds.Contains(a.SagId) && !indstillingIds.Contains(a.IndstillingId)
                            && (a.Udfald == AfgoerelseUdfald.Bevilget || a.Udfald == AfgoerelseUdfald.BevilgetMedAendring))
                .ToListAsync(cancellationToken);
            var names = await AgendaItemView.NamesAsync(db, agenda.SelectMany(i => i.DisqualifiedIds.Concat(i.ApprovedByIds)), cancellationToken);
            var year = meeting.Date.Year;

            var entries = agenda.Select((item, index) =>
            {
                var indstilling = indstillinger[item.IndstillingId];
                var current = grants.Where(g => g.SagId == item.CaseId && indstillinger.ContainsKey(g.IndstillingId))
                    .OrderBy(g => g.AfgjortAt).Select(g => Current(g, indstillinger[g.IndstillingId], year)).ToList();
                var slot = meeting.StartsAt.ToUniversalTime().AddMinutes(index * PresenterMinutes);
                var sag = cases.GetValueOrDefault(item.CaseId);
                return new AgendaEntryView(AgendaItemView.From(item, names), sag?.Sagsnummer ?? "", Proposal(indstilling, year), current,
                    current.Sum(c => c.AnnualCost), indstilling.IndstilletAf, slot, slot.AddMinutes(PresenterMinutes), sag?.BarnNavn ?? "", SagSummaryView.Mask(sag?.Cpr),
                    new RoutingView(indstilling.RegelId, indstilling.NiveauKode, indstilling.NiveauNavn, indstilling.PlanVersion));
            }).ToList();
            await audit.ReadAsync(meeting.KommuneId, caseIds, "moede.dagsorden", cancellationToken);
            var counts = await meetings.ItemCountsAsync([meeting.Id], cancellationToken);
            var attendance = await MeetingAttendance.ForAsync(db, forum, meeting, cancellationToken);
            var attendanceView = AttendanceView.From(meeting, forum, attendance, await AgendaItemView.NamesAsync(db, attendance.People, cancellationToken));
            return new AgendaView(forum.Id, forum.Name, MeetingView.From(meeting, counts.GetValueOrDefault(meeting.Id), forum.Capacity), entries,
                Totals(entries, indstillinger, year), attendanceView);
        }
    }

    private static AgendaTotalsView Totals(List<AgendaEntryView> entries, Dictionary<Guid, Indstilling> indstillinger, int year)
    {
        var granted = entries.Where(e => e.Item.Outcome is MeetingOutcome.Bevilget or MeetingOutcome.BevilgetMedAendring)
            .Select(e => e.Item.ChangedQuantity is { } quantity
                ? Proposal(indstillinger[e.Item.IndstillingId], year, quantity)
                : e.Proposal)
            .ToList();
        return new AgendaTotalsView(entries.Count, entries.Sum(e => e.Proposal.CostThisYear), entries.Sum(e => e.Proposal.CostTotal),
            entries.Sum(e => e.Proposal.AnnualCost), entries.Count(e => e.Item.Outcome is not null and not MeetingOutcome.Udsat), granted.Count,
            granted.Sum(p => p.CostThisYear), granted.Sum(p => p.CostTotal), granted.Sum(p => p.AnnualCost));
    }

    /// <summary>The forum's people (its meeting secretaries included), and leaders and administrators of the municipality.</summary>
    public static void RequireReader(Forum forum, CurrentUser currentUser)
    {
        if (currentUser.IsInRole(Roles.Leder) || currentUser.IsInRole(Roles.Administrator)) return;
        if (currentUser.UserId is { } id && ForumView.People(forum).Contains(id)) return;
        throw new ForbiddenException(ErrorMessages.Error("", "meeting.notMember"));
    }

    /// <summary>The indstilling's measure and its cost; <paramref name="quantity"/> prices a scope the forum changed instead of the proposed one.</summary>
    public static ProposalView Proposal(Indstilling i, int year, decimal? quantity = null)
    {
        var scope = new CostScope(quantity ?? i.Omfang, i.Enhed, i.EnhedsprisOere / 100m, i.Start, i.ForventetSlut);
        var amounts = ExpectedAmounts.Of(scope, year);
        return new ProposalView(i.Behov, i.IndsatsType, i.IndsatsUndertype, i.Lovgrundlag, i.Leverandoer, i.LeverandoerType, scope.Quantity, i.Enhed, i.EnhedsprisOere / 100m,
            i.Start, i.ForventetSlut, i.Opfoelgning, amounts.ThisYear, amounts.Total, amounts.Annual);
    }

    private static CurrentMeasureView Current(Afgoerelse grant, Indstilling i, int year)
    {
        var end = Earliest(i.ForventetSlut, grant.Tidsbegraensning);
        var scope = new CostScope(grant.AendretOmfang ?? i.Omfang, i.Enhed, i.EnhedsprisOere / 100m, i.Start, end);
        var amounts = ExpectedAmounts.Of(scope, year);
        return new CurrentMeasureView(grant.Id, i.IndsatsType, i.Leverandoer, scope.Quantity, i.Enhed, scope.UnitPrice, i.Start, end, amounts.ThisYear, amounts.Annual);
    }

    private static DateOnly? Earliest(DateOnly? a, DateOnly? b) => a is null ? b : b is null ? a : a < b ? a : b;
}
