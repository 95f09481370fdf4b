using Mediator;
using Microsoft.EntityFrameworkCore;
using Visitation.Host.Infrastructure.Persistence;

namespace Visitation.Host.Features.Kommuner;

public static class ListKommuner
{
    public sealed record Query : IQuery<IReadOnlyList<KommuneView>>;

    public sealed class Handler(VisitationDbContext db) : IQueryHandler<Query, IReadOnlyList<KommuneView>>
    {
        public async ValueTask<IReadOnlyList<KommuneView>> Handle(Query query, CancellationToken cancellationToken) =>
            (await db.Kommuner.AsNoTracking().OrderBy(k => k.Code).ToListAsync(cancellationToken)).Select(KommuneView.From).ToList();
    }
}
