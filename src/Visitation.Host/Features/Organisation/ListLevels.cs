using Mediator;
using Microsoft.EntityFrameworkCore;
using Visitation.Host.Infrastructure.Persistence;

namespace Visitation.Host.Features.Organisation;

/// <summary>The municipality's competence levels; every user of the municipality may read them.</summary>
public static class ListLevels
{
    public sealed record Query : IQuery<IReadOnlyList<LevelView>>;

    public sealed class Handler(VisitationDbContext db) : IQueryHandler<Query, IReadOnlyList<LevelView>>
    {
        public async ValueTask<IReadOnlyList<LevelView>> Handle(Query query, CancellationToken cancellationToken) =>
            (await db.Kompetenceniveauer.AsNoTracking().OrderBy(l => l.Code).ToListAsync(cancellationToken)).Select(LevelView.From).ToList();
    }
}
