using Mediator;
using Microsoft.EntityFrameworkCore;
using Visitation.Host.Features.Kompetenceplaner;
using Visitation.Host.Infrastructure.Persistence;
using Visitation.Host.Infrastructure.Tenancy;

namespace Visitation.Host.Features.Bevillinger;

/// <summary>
/// The municipality's active grants whose end date falls within the notice (the municipality's setting, default 30
/// days), soonest first, with when the expiry watch told each case's flow. Grants past their end date but not yet
/// ended are listed too.
/// </summary>
public static class ListExpiring
{
    public sealed record Query : IQuery<IReadOnlyList<ExpiringView>>;

    public sealed class Handler(VisitationDbContext db, CurrentUser currentUser, TimeProvider clock) : IQueryHandler<Query, IReadOnlyList<ExpiringView>>
    {
        public async ValueTask<IReadOnlyList<ExpiringView>> Handle(Query query, CancellationToken cancellationToken)
        {
            var kommuneId = currentUser.RequireKommuneId();
            var today = await PlanContext.TodayAsync(db, kommuneId, clock, cancellationToken);
            var settings = await BevillingNotice.SettingsAsync(db, kommuneId, cancellationToken);
            var until = today.AddDays(settings.UdloebVarselDage);
            var grants = await db.Bevillinger.AsNoTracking()
                .Where(b => b.Status == BevillingStatus.Aktiv && b.Slut != null && b.Slut <= until)
                .ToListAsync(cancellationToken);
            return [.. grants.OrderBy(b => b.Slut).ThenBy(b => b.Id)
                .Select(b => new ExpiringView(BevillingView.From(b), b.Slut!.Value.DayNumber - today.DayNumber, b.UdloebVarsletAt))];
        }
    }
}
