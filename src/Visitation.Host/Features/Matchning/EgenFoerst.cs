using Visitation.Host.Features.Tilbud;

namespace Visitation.Host.Features.Matchning;

public enum Forankring
{
    /// <summary>The municipality's own (internal) provider.</summary>
    Egen,

    /// <summary>An external provider located in the municipality.</summary>
    Lokal,

    Ekstern,
}

/// <summary>
/// The own-first rule many municipalities have made political (docs/domain.md § 7): on the same step of the
/// indsatstrappe, the municipality's own offers come first, then external offers located in the municipality,
/// then other external offers.
/// </summary>
public static class EgenFoerst
{
    public const string Intern = "intern";

    public static Forankring Of(Offer offer, string kommuneNavn) =>
        offer.Provision == Intern ? Forankring.Egen
        : Catalogue.Contains(offer.Location, kommuneNavn) ? Forankring.Lokal
        : Forankring.Ekstern;
}
