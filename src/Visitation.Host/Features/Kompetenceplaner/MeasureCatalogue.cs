namespace Visitation.Host.Features.Kompetenceplaner;

/// <summary>
/// The codes a competence plan and an indstilling share (Danish, ASCII). The legal basis is free text compared
/// on its letters and digits only, so both Barnets Lov (<c>BL-32</c>) and old SEL paragraphs (<c>SEL-52-3-3</c>) can be used.
/// </summary>
public static class MeasureCatalogue
{
    /// <summary>Rows of this measure type apply to every type that no row of the plan names.</summary>
    public const string AnyOtherType = "*";

    public const string Anbringelse = "anbringelse";

    public static readonly IReadOnlyList<string> MeasureTypes =
    [
        "familiebehandling",          // BL § 32 (SEL § 52 stk. 3 nr. 3)
        "aflastning",                 // BL § 32 (SEL § 52 stk. 3 nr. 5)
        Anbringelse,                  // BL §§ 46/47 (SEL § 52 stk. 3 nr. 7 / § 58)
        "kontaktperson",              // BL § 32 (SEL § 52 stk. 3 nr. 6)
        "praktisk-paedagogisk-stoette", // BL § 32 (SEL § 52 stk. 3 nr. 2)
        "tidlig-forebyggende-indsats", // BL § 30 (SEL § 11 stk. 3)
        "andet",
    ];

    public static readonly IReadOnlyList<string> ProviderKinds = ["intern", "ekstern"];

    public static readonly IReadOnlyList<string> ProviderFinancings = ["ramme", "takst"];

    /// <summary>Quantities count per month unless the unit says otherwise: hours per month, døgn per month, multiples of vederlag, kroner per year.</summary>
    public static readonly IReadOnlyList<string> Units = ["timer-pr-maaned", "doegn", "vederlag", "kr-pr-aar"];

    public static readonly IReadOnlyList<string> Gates =
        ["barnets-plan", "boernesamtale", "familieraadslagning", "netvaerkskort", "ledelsesgodkendelse"];

    /// <summary>Legal bases that mean anbringelse without consent (Barnets Lov § 47, old SEL § 58).</summary>
    public static readonly IReadOnlyList<string> WithoutConsentBases = ["BL-47", "SEL-58"];

    /// <summary>Letters and digits only, upper case: <c>BL § 47</c>, <c>bl-47</c> and <c>BL47</c> are the same basis.</summary>
    public static string NormaliseLegalBasis(string value) => new string(value.Where(char.IsAsciiLetterOrDigit).ToArray()).ToUpperInvariant();

    public static bool IsCode(string? value) =>
        !string.IsNullOrEmpty(value) && value.Length <= 64 && value.All(c => c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '-');
}
