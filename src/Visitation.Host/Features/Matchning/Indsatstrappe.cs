using Visitation.Host.Features.Kompetenceplaner;
using Visitation.Host.Features.Tilbud;

namespace Visitation.Host.Features.Matchning;

/// <summary>One step of the indsatstrappe: a measure type, for placements a placement form, and the words that name the form in an offer.</summary>
public sealed record Trin(string Kode, string Navn, string IndsatsType, IReadOnlyList<string> Kendetegn);

/// <summary>
/// The indsatstrappe (domain.md § 7) as data, least intrusive step first: help in the home before a placement;
/// among placements a network foster family before an ordinary foster family, and a foster family before an
/// institution. An offer's step is its measure type's; a placement's form is read from the offer's name or target
/// group by the step's words, and a placement whose form none of them names ranks last, after the institutions.
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
        new("netvaerksplejefamilie", "Anbringelse i netværksplejefamilie", MeasureCatalogue.Anbringelse, ["netværk", "netvaerk"]),
        new("plejefamilie", "Anbringelse i plejefamilie", MeasureCatalogue.Anbringelse, ["plejefamilie", "familiepleje"]),
        new("institution", "Anbringelse på opholdssted eller institution", MeasureCatalogue.Anbringelse,
            ["opholdssted", "institution", "døgntilbud", "eget værelse", "kostskole", "efterskole"]),
        new("anbringelse", "Anbringelse (form ikke angivet)", MeasureCatalogue.Anbringelse, []),
    ];

    /// <summary>The offer's step and its place on the ladder (0 = least intrusive).</summary>
    public static (int Plads, Trin Trin) Of(Offer offer)
    {
        var ofType = Trin.Select((trin, plads) => (Plads: plads, Trin: trin)).Where(t => t.Trin.IndsatsType == offer.Type).ToList();
        if (ofType.Count == 0) return (Trin.Count, new Trin(offer.Type, offer.Type, offer.Type, []));
        foreach (var step in ofType)
            if (step.Trin.Kendetegn.Any(word => Catalogue.Contains(offer.Name, word) || Catalogue.Contains(offer.TargetGroup, word))) return step;
        var plain = ofType.Where(t => t.Trin.Kendetegn.Count == 0).ToList();
        return plain.Count > 0 ? plain[^1] : ofType[^1];
    }
}
