using Mediator;
using Microsoft.EntityFrameworkCore;
using Visitation.Host.Infrastructure.Errors;
using Visitation.Host.Infrastructure.Persistence;
using Visitation.Host.Infrastructure.Tenancy;

namespace Visitation.Host.Features.Kompetenceplaner;

/// <summary>One saved version, old or current.</summary>
public static class GetKompetenceplan
{
    public sealed record Query(int Version) : IQuery<PlanVersionView>;

    public sealed class Handler(VisitationDbContext db, CurrentUser currentUser, TimeProvider clock) : IQueryHandler<Query, PlanVersionView>
    {
        public async ValueTask<PlanVersionView> Handle(Query query, CancellationToken cancellationToken)
        {
            var kommuneId = currentUser.RequireKommuneId();
            var plan = await db.Kompetenceplaner.AsNoTracking().SingleOrDefaultAsync(p => p.KommuneId == kommuneId && p.Version == query.Version, cancellationToken)
                ?? throw new ResourceNotFoundException("Kompetenceplanen");
            var current = await PlanContext.InForceAsync(db, kommuneId, await PlanContext.TodayAsync(db, kommuneId, clock, cancellationToken), cancellationToken);
            return PlanVersionView.From(plan, current?.Version == plan.Version);
        }
    }
}
