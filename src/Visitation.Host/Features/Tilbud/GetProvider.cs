using Mediator;
using Microsoft.EntityFrameworkCore;
using Visitation.Host.Infrastructure.Errors;
using Visitation.Host.Infrastructure.Persistence;

namespace Visitation.Host.Features.Tilbud;

public static class GetProvider
{
    public sealed record Query(Guid Id) : IQuery<ProviderView>;

    public sealed class Handler(VisitationDbContext db) : IQueryHandler<Query, ProviderView>
    {
        public async ValueTask<ProviderView> Handle(Query query, CancellationToken cancellationToken) =>
            ProviderView.From(await db.Providers.AsNoTracking().SingleOrDefaultAsync(p => p.Id == query.Id, cancellationToken)
                ?? throw new ResourceNotFoundException("Leverandøren"));
    }
}
