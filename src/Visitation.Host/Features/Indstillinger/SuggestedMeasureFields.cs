using Visitation.Host.Features.Kompetenceplaner;

namespace Visitation.Host.Features.Indstillinger;

/// <summary>
/// What a draft indstilling suggests for a measure type (docs/domain.md §§ 2 and 4): the Barnets Lov paragraph and the
/// usual unit. Only the paragraph is suggested, never stk. or nr.: docs/domain.md names § 32 for støttende indsatser,
/// § 30 for early preventive help and §§ 46/47 for anbringelse, and the finer numbering should be confirmed against
/// the law text. Anbringelse suggests § 46 (with consent); § 47 (without consent) is a deliberate choice the
/// caseworker makes. The units are assumptions from common practice and are only a starting point.
/// </summary>
public static class SuggestedMeasureFields
{
    public sealed record Suggestion(string LegalBasis, string? Unit);

    private static readonly IReadOnlyDictionary<string, Suggestion> ByType = new Dictionary<string, Suggestion>
    {
        ["familiebehandling"] = new("BL-32", "timer-pr-maaned"),
        ["aflastning"] = new("BL-32", "doegn"),
        ["kontaktperson"] = new("BL-32", "timer-pr-maaned"),
        ["praktisk-paedagogisk-stoette"] = new("BL-32", "timer-pr-maaned"),
        [MeasureCatalogue.Anbringelse] = new("BL-46", "doegn"),
        ["tidlig-forebyggende-indsats"] = new("BL-30", null),
    };

    /// <summary>The suggestion for the type, or null where none is known (e.g. <c>andet</c>).</summary>
    public static Suggestion? For(string? measureType) => measureType is not null && ByType.TryGetValue(measureType, out var s) ? s : null;
}
