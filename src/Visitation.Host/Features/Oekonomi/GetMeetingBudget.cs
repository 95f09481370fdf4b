using Mediator;
using Microsoft.EntityFrameworkCore;
using Visitation.Host.Features.Moeder;
using Visitation.Host.Infrastructure.Persistence;
using Visitation.Host.Infrastructure.Tenancy;

namespace Visitation.Host.Features.Oekonomi;

/// <summary>
/// One policy area on a meeting's agenda: the area's budget for the meeting's year, what is spent and committed of it (actuals
/// so far and the grants' commitment lines for the rest of the year), what remains, what the items still on the agenda would
/// cost this year, and what would remain after them. <c>policyArea</c> is null for measure types the budget does not name.
/// </summary>
public sealed record MeetingAreaBudgetView(string? PolicyArea, IReadOnlyList<string> MeasureTypes, int Items, decimal Budget, decimal SpentAndCommitted,
    decimal Remaining, decimal AgendaCost, decimal RemainingAfter);

/// <summary><c>hasBudget</c> is false while the meeting's year has no budget; then the areas are empty.</summary>
public sealed record MeetingBudgetView(Guid MeetingId, int Year, bool HasBudget, IReadOnlyList<MeetingAreaBudgetView> Areas);

public static class GetMeetingBudget
{
    public sealed record Query(Guid ForumId, Guid MeetingId) : IQuery<MeetingBudgetView>;

    public sealed class Handler(VisitationDbContext db, MeetingItems meetings, CurrentUser currentUser, TimeProvider clock) : IQueryHandler<Query, MeetingBudgetView>
    {
        public async ValueTask<MeetingBudgetView> Handle(Query query, CancellationToken cancellationToken)
        {
            var (forum, meeting) = await meetings.MeetingAsync(query.ForumId, query.MeetingId, cancellationToken);
            if (!currentUser.IsInRole(Roles.Oekonomi)) GetAgenda.RequireReader(forum, currentUser);
            var kommuneId = currentUser.RequireKommuneId();
            var year = meeting.Date.Year;
            var budget = await EconomyData.BudgetAsync(db, kommuneId, year, cancellationToken);
            if (budget.Count == 0) return new MeetingBudgetView(meeting.Id, year, false, []);

            var itemIndstillinger = await db.AgendaItems.AsNoTracking().Where(i => i.MeetingId == meeting.Id && i.Status == AgendaItemStatus.Queued)
                .Select(i => i.IndstillingReference).ToListAsync(cancellationToken);
            var indstillingIds = itemIndstillinger.Select(Guid.Parse).ToList();
            var proposals = await db.Indstillinger.AsNoTracking().Where(i => indstillingIds.Contains(i.Id))
                .Select(i => new { i.IndsatsType, i.Omfang, i.Enhed, i.EnhedsprisOere, i.Start, i.ForventetSlut }).ToListAsync(cancellationToken);
            var today = await EconomyData.TodayAsync(db, kommuneId, clock.GetUtcNow(), cancellationToken);
            var forecast = ForecastCalculator.Compute(await EconomyData.ForecastInputsAsync(db, kommuneId, year, today, cancellationToken));

            var areaOf = budget.ToDictionary(b => b.MeasureType, b => (string?)b.PolicyArea);
            string? Area(string type) => areaOf.GetValueOrDefault(type);
            var costs = proposals.Select(p => (Area: Area(p.IndsatsType), p.IndsatsType,
                Cost: ExpectedAmounts.ForYear(new CostScope(p.Omfang, p.Enhed, p.EnhedsprisOere / 100m, p.Start, p.ForventetSlut), year))).ToList();
            var areas = budget.Select(b => (string?)b.PolicyArea).Concat(costs.Select(c => c.Area)).Distinct()
                .OrderBy(a => a is null ? int.MaxValue : Economy.Politikomraader.ToList().IndexOf(a)).ToList();
            var views = areas.Select(area =>
            {
                var types = budget.Where(b => b.PolicyArea == area).Select(b => b.MeasureType).Concat(costs.Where(c => c.Area == area).Select(c => c.IndsatsType))
                    .Distinct().OrderBy(t => t, StringComparer.Ordinal).ToList();
                var areaBudget = budget.Where(b => b.PolicyArea == area).Sum(b => b.Amount);
                var used = forecast.MeasureTypes.Where(m => types.Contains(m.MeasureType)).Sum(m => m.Actuals + m.Commitments);
                var agenda = costs.Where(c => c.Area == area).ToList();
                var agendaCost = agenda.Sum(c => c.Cost);
                return new MeetingAreaBudgetView(area, types, agenda.Count, areaBudget, used, areaBudget - used, agendaCost, areaBudget - used - agendaCost);
            }).ToList();
            return new MeetingBudgetView(meeting.Id, year, true, views);
        }
    }
}
