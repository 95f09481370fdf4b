using System.Globalization;
using System.Text.RegularExpressions;
using Visitation.Host.Features.Frister;

namespace Visitation.Host.Features.Kompetenceplaner;

/// <summary>
/// The catalogue's codes as a family reads them in a letter or a forum in its minutes: measure types, units, legal bases and
/// follow-up cadences in plain Danish. A code the wording does not know is shown as it is (a municipality's own measure type,
/// a legal basis written out), never dropped.
/// </summary>
public static partial class MeasureWording
{
    private static readonly CultureInfo Danish = CultureInfo.GetCultureInfo("da-DK");

    private static readonly Dictionary<string, string> MeasureTypes = new(StringComparer.Ordinal)
    {
        ["familiebehandling"] = "familiebehandling",
        ["aflastning"] = "aflastning",
        [MeasureCatalogue.Anbringelse] = "anbringelse uden for hjemmet",
        ["kontaktperson"] = "fast kontaktperson",
        ["praktisk-paedagogisk-stoette"] = "praktisk, pædagogisk eller anden støtte i hjemmet",
        ["tidlig-forebyggende-indsats"] = "tidlig forebyggende indsats",
        ["andet"] = "anden indsats",
    };

    private static readonly Dictionary<string, string> UnitsPerPeriod = new(StringComparer.Ordinal)
    {
        ["timer-pr-maaned"] = "timer om måneden",
        ["doegn"] = "døgn om måneden",
        ["vederlag"] = "vederlag om måneden",
        ["kr-pr-aar"] = "kr. om året",
    };

    [GeneratedRegex(@"^(BL|SEL)-?(\d+[A-Z]?)(?:-(\d+))?(?:-(\d+))?$", RegexOptions.CultureInvariant)]
    private static partial Regex LegalBasisCode();

    public static string MeasureType(string code) => MeasureTypes.GetValueOrDefault(code) ?? code.Replace('-', ' ');

    /// <summary>A scope with its unit: <c>4 timer om måneden</c>, <c>12.000 kr. om året</c>.</summary>
    public static string Scope(decimal quantity, string unit) =>
        quantity.ToString("#,0.##", Danish) + " " + (UnitsPerPeriod.GetValueOrDefault(unit) ?? unit.Replace('-', ' '));

    /// <summary><c>BL-32</c> as <c>Barnets Lov § 32</c>, <c>SEL-52-3-3</c> as <c>serviceloven § 52, stk. 3, nr. 3</c>; other text as written.</summary>
    public static string LegalBasis(string basis)
    {
        var match = LegalBasisCode().Match(basis.Trim().ToUpperInvariant());
        if (!match.Success) return basis;
        var law = match.Groups[1].Value == "BL" ? "Barnets Lov" : "serviceloven";
        var text = $"{law} § {match.Groups[2].Value.ToLowerInvariant()}";
        if (match.Groups[3].Success) text += $", stk. {match.Groups[3].Value}";
        if (match.Groups[4].Success) text += $", nr. {match.Groups[4].Value}";
        return text;
    }

    /// <summary><c>P1M</c> as <c>hver måned</c>, <c>P3M</c> as <c>hver 3. måned</c>, <c>P1Y</c> as <c>hvert år</c>; a mixed period as written.</summary>
    public static string Cadence(string cadence)
    {
        if (!IsoDuration.TryParse(cadence, out var period) || period.HasTimePart) return cadence;
        var (years, months, weeks, days) = (period.Years, period.Months, period.Weeks, period.Days);
        if (months + years * 12 > 0 && weeks == 0 && days == 0)
            return years > 0 && months == 0 ? Every(years, "hvert", "år") : Every(years * 12 + months, "hver", "måned");
        if (years == 0 && months == 0 && days == 0) return Every(weeks, "hver", "uge");
        if (years == 0 && months == 0 && weeks == 0) return days % 7 == 0 ? Every(days / 7, "hver", "uge") : Every(days, "hver", "dag");
        return cadence;
    }

    private static string Every(int n, string every, string unit) => n == 1 ? $"{every} {unit}" : $"{every} {n}. {unit}";
}
