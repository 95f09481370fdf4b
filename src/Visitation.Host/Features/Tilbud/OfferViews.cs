namespace Visitation.Host.Features.Tilbud;

public sealed record ProviderView(Guid Id, string Name, string? Cvr)
{
    public static ProviderView From(Provider provider) => new(provider.Id, provider.Name, provider.Cvr);
}

/// <summary>An offer with its provider's id and name; <c>price</c> is in kroner per <c>priceUnit</c>.</summary>
public sealed record OfferView(Guid Id, Guid ProviderId, string ProviderName, string Name, string Type, string? TargetGroup, string LegalBasis, decimal Price,
    string PriceUnit, int? Capacity, int? Vacancies, string Provision, string Financing, string? Location, DateOnly? ApprovedUntil, Anbringelsesform? PlacementForm)
{
    public static OfferView From(Offer offer, string providerName) => new(offer.Id, offer.ProviderId, providerName, offer.Name, offer.Type, offer.TargetGroup,
        offer.LegalBasis, offer.PriceOere / 100m, offer.PriceUnit, offer.Capacity, offer.Vacancies, offer.Provision, offer.Financing, offer.Location,
        offer.ApprovedUntil, offer.PlacementForm);
}

/// <summary>What an import did: every line was valid, so all of them were saved.</summary>
public sealed record OfferImportResult(int Lines, int Created, int Updated, int ProvidersCreated);
