using Mediator;
using Microsoft.EntityFrameworkCore;
using Visitation.Host.Infrastructure.Persistence;

namespace Visitation.Host.Features.Tilbud;

/// <summary>
/// Searches the municipality's offers: <see cref="Query.Text"/> in the offer's or provider's name, target group or location, and
/// exact filters on type, provider, provision (intern/ekstern) and financing; <see cref="Query.WithVacancies"/> keeps offers with a free place.
/// </summary>
public static class ListOffers
{
    public sealed record Query(string? Text, string? Type, Guid? ProviderId, string? Provision, string? Financing, bool WithVacancies) : IQuery<IReadOnlyList<OfferView>>;

    public sealed class Handler(VisitationDbContext db) : IQueryHandler<Query, IReadOnlyList<OfferView>>
    {
        public async ValueTask<IReadOnlyList<OfferView>> Handle(Query query, CancellationToken cancellationToken)
        {
            var offers = db.Offers.AsNoTracking();
            if (!string.IsNullOrEmpty(query.Type)) offers = offers.Where(o => o.Type == query.Type);
            if (query.ProviderId is { } providerId) offers = offers.Where(o => o.ProviderId == providerId);
            if (!string.IsNullOrEmpty(query.Provision)) offers = offers.Where(o => o.Provision == query.Provision);
            if (!string.IsNullOrEmpty(query.Financing)) offers = offers.Where(o => o.Financing == query.Financing);
            if (query.WithVacancies) offers = offers.Where(o => o.Vacancies > 0);
            var found = await offers.ToListAsync(cancellationToken);
            var providers = await db.Providers.AsNoTracking().ToDictionaryAsync(p => p.Id, p => p.Name, cancellationToken);
            var views = found.Select(o => OfferView.From(o, providers.GetValueOrDefault(o.ProviderId) ?? ""));
            // Case-insensitive matching of Danish letters is done here, where both databases agree on it.
            if (!string.IsNullOrWhiteSpace(query.Text))
            {
                var text = query.Text.Trim();
                views = views.Where(o => Catalogue.Contains(o.Name, text) || Catalogue.Contains(o.ProviderName, text) || Catalogue.Contains(o.TargetGroup, text)
                    || Catalogue.Contains(o.Location, text));
            }
            return views.OrderBy(o => o.Name, Catalogue.NameOrder).ThenBy(o => o.ProviderName, Catalogue.NameOrder).ToList();
        }
    }
}
