using Mediator;
using Microsoft.EntityFrameworkCore;
using Visitation.Host.Infrastructure.Errors;
using Visitation.Host.Infrastructure.Persistence;

namespace Visitation.Host.Features.Tilbud;

public static class GetOffer
{
    public sealed record Query(Guid Id) : IQuery<OfferView>;

    public sealed class Handler(VisitationDbContext db) : IQueryHandler<Query, OfferView>
    {
        public async ValueTask<OfferView> Handle(Query query, CancellationToken cancellationToken)
        {
            var offer = await db.Offers.AsNoTracking().SingleOrDefaultAsync(o => o.Id == query.Id, cancellationToken) ?? throw new ResourceNotFoundException("Tilbuddet");
            var provider = await db.Providers.AsNoTracking().Where(p => p.Id == offer.ProviderId).Select(p => p.Name).SingleAsync(cancellationToken);
            return OfferView.From(offer, provider);
        }
    }
}
