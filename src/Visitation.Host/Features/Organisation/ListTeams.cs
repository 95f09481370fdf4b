using Mediator;
using Microsoft.EntityFrameworkCore;
using Visitation.Host.Infrastructure.Persistence;

namespace Visitation.Host.Features.Organisation;

public static class ListTeams
{
    public sealed record Query : IQuery<IReadOnlyList<TeamView>>;

    public sealed class Handler(VisitationDbContext db) : IQueryHandler<Query, IReadOnlyList<TeamView>>
    {
        public async ValueTask<IReadOnlyList<TeamView>> Handle(Query query, CancellationToken cancellationToken) =>
            (await db.Teams.AsNoTracking().OrderBy(t => t.Code).ToListAsync(cancellationToken)).Select(TeamView.From).ToList();
    }
}
