using Mediator;
using Microsoft.EntityFrameworkCore;
using Visitation.Host.Infrastructure.Persistence;

namespace Visitation.Host.Features.Tilbud;

/// <summary>The municipality's providers by name; every user of the municipality may read them.</summary>
public static class ListProviders
{
    public sealed record Query : IQuery<IReadOnlyList<ProviderView>>;

    public sealed class Handler(VisitationDbContext db) : IQueryHandler<Query, IReadOnlyList<ProviderView>>
    {
        public async ValueTask<IReadOnlyList<ProviderView>> Handle(Query query, CancellationToken cancellationToken) =>
            (await db.Providers.AsNoTracking().ToListAsync(cancellationToken)).OrderBy(p => p.Name, Catalogue.NameOrder).Select(ProviderView.From).ToList();
    }
}
