using Mediator;
using Microsoft.EntityFrameworkCore;
using Visitation.Host.Infrastructure.Persistence;
using Visitation.Host.Infrastructure.Tenancy;

namespace Visitation.Host.Features.Kompetenceplaner;

public static class ListKompetenceplaner
{
    public sealed record Query : IQuery<PlanListView>;

    public sealed class Handler(VisitationDbContext db, CurrentUser currentUser, TimeProvider clock) : IQueryHandler<Query, PlanListView>
    {
        public async ValueTask<PlanListView> Handle(Query query, CancellationToken cancellationToken)
        {
            var kommuneId = currentUser.RequireKommuneId();
            var today = await PlanContext.TodayAsync(db, kommuneId, clock, cancellationToken);
            var current = await PlanContext.InForceAsync(db, kommuneId, today, cancellationToken);
            var versions = await db.Kompetenceplaner.AsNoTracking().Where(p => p.KommuneId == kommuneId)
                .OrderByDescending(p => p.Version).ToListAsync(cancellationToken);
            var savers = versions.Select(v => v.SavedBy).Distinct().ToList();
            var names = await db.Users.AsNoTracking().Where(u => u.KommuneId == kommuneId && savers.Contains(u.UserName))
                .ToDictionaryAsync(u => u.UserName, u => u.DisplayName, cancellationToken);
            return new PlanListView(
                current is null ? null : PlanVersionView.From(current, inForce: true),
                versions.Select(v => new PlanVersionSummary(v.Version, v.EffectiveFrom, v.SavedAt, v.SavedBy, PlanStorage.Read(v.Document).Note,
                    v.Version == current?.Version, names.GetValueOrDefault(v.SavedBy))).ToList());
        }
    }
}
