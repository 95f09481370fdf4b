using Visitation.Host.Features.Kompetenceplaner;
using Visitation.Host.Features.Tilbud;

namespace Visitation.Host.Features.Matchning;

/// <summary>One step of the indsatstrappe: a measure type and, for placements, the placement forms on it.</summary>
public sealed record Trin(string Kode, string Navn, string IndsatsType, IReadOnlyList<Anbringelsesform> Former);

/// <summary>
/// The indsatstrappe (docs/domain.md § 7) as data, least intrusive step first: help in the home before a placement;
/// among placements a network foster family before an ordinary foster family, and a foster family before an
/// institution. An offer's step is its measure type's; a placement's step is the one of the placement form the
/// catalogue gives it, and a placement without a form (kept from before the catalogue had the field) ranks last.
/// </summary>
public static class Indsatstrappe
{
    public static readonly IReadOnlyList<Trin> Trin =
    [
        new("tidlig-forebyggende-indsats", "Tidlig forebyggende indsats", "tidlig-forebyggende-indsats", []),
        new("praktisk-paedagogisk-stoette", "Praktisk pædagogisk støtte i hjemmet", "praktisk-paedagogisk-stoette", []),
        new("kontaktperson", "Kontaktperson", "kontaktperson", []),
        new("familiebehandling", "Familiebehandling", "familiebehandling", []),
        new("andet", "Anden støtte", "andet", []),
        new("aflastning", "Aflastning", "aflastning", []),
        new("netvaerksplejefamilie", "Anbringelse i netværksplejefamilie", MeasureCatalogue.Anbringelse, [Anbringelsesform.Netvaerksplejefamilie]),
        new("plejefamilie", "Anbringelse i plejefamilie", MeasureCatalogue.Anbringelse, [Anbringelsesform.Plejefamilie]),
        new("institution", "Anbringelse på opholdssted eller institution", MeasureCatalogue.Anbringelse,
            [Anbringelsesform.Opholdssted, Anbringelsesform.Doegninstitution, Anbringelsesform.EgetVaerelse, Anbringelsesform.KostEllerEfterskole]),
        new("anbringelse", "Anbringelse (form ikke angivet)", MeasureCatalogue.Anbringelse, []),
    ];

    /// <summary>The offer's step and its place on the ladder (0 = least intrusive).</summary>
    public static (int Plads, Trin Trin) Of(Offer offer)
    {
        var ofType = Trin.Select((trin, plads) => (Plads: plads, Trin: trin)).Where(t => t.Trin.IndsatsType == offer.Type).ToList();
        if (ofType.Count == 0) return (Trin.Count, new Trin(offer.Type, offer.Type, offer.Type, []));
        foreach (var step in ofType)
            if (offer.PlacementForm is { } form && step.Trin.Former.Contains(form)) return step;
        var plain = ofType.Where(t => t.Trin.Former.Count == 0).ToList();
        return plain.Count > 0 ? plain[^1] : ofType[^1];
    }
}
