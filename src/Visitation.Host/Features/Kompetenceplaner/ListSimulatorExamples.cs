using Mediator;
using Microsoft.EntityFrameworkCore;
using Visitation.Host.Infrastructure.Persistence;
using Visitation.Host.Infrastructure.Tenancy;

namespace Visitation.Host.Features.Kompetenceplaner;

/// <summary>The municipality's saved simulator cases, oldest first (the order the simulator shows them).</summary>
public static class ListSimulatorExamples
{
    public sealed record Query : IQuery<IReadOnlyList<SimulatorExampleView>>;

    public sealed class Handler(VisitationDbContext db, CurrentUser currentUser) : IQueryHandler<Query, IReadOnlyList<SimulatorExampleView>>
    {
        public async ValueTask<IReadOnlyList<SimulatorExampleView>> Handle(Query query, CancellationToken cancellationToken)
        {
            var kommuneId = currentUser.RequireKommuneId();
            var examples = await db.SimulatorExamples.AsNoTracking().Where(e => e.KommuneId == kommuneId).ToListAsync(cancellationToken);
            var savers = examples.Select(e => e.SavedBy).Distinct().ToList();
            var names = await db.Users.AsNoTracking().Where(u => u.KommuneId == kommuneId && savers.Contains(u.UserName))
                .ToDictionaryAsync(u => u.UserName, u => u.DisplayName, cancellationToken);
            return [.. examples.OrderBy(e => e.SavedAt).ThenBy(e => e.Name).Select(e => SimulatorExampleView.From(e, names.GetValueOrDefault(e.SavedBy)))];
        }
    }
}
