using System.Globalization;

namespace Visitation.Host.Features.Kompetenceplaner;

public static partial class KompetenceplanEvaluator
{
    private static readonly CultureInfo Da = CultureInfo.GetCultureInfo("da-DK");
    private static readonly CultureInfo En = CultureInfo.InvariantCulture;

    /// <summary>One condition of a row held against the indstilling, with the reason in both languages.</summary>
    private sealed record Finding(bool Holds, string Da, string En);

    private static IEnumerable<Finding> Check(RuleConditions? when, MeasureInput m, SubmitterProfile? s)
    {
        if (when is null) yield break;
        if (when.Subtype is { } subtype) yield return InSet("undertype", "subtype", m.Subtype, subtype);
        if (when.LegalBasis is { } basis)
            yield return InSet("lovgrundlag", "legal basis", m.LegalBasis, basis, MeasureCatalogue.NormaliseLegalBasis);
        if (when.ProviderKind is { } kind) yield return InSet("leverandør", "provider", m.ProviderKind, kind);
        if (when.ProviderFinancing is { } financing) yield return InSet("finansiering", "financing", m.ProviderFinancing, financing);
        if (when.Quantity is { } quantity)
        {
            var value = m.Quantity?.Unit == quantity.Unit ? m.Quantity?.Value : null;
            var actual = m.Quantity?.Value is { } v ? (Number(v, Da) + " " + m.Quantity.Unit, Number(v, En) + " " + m.Quantity.Unit) : ((string, string)?)null;
            yield return InInterval("omfang", "quantity", value, actual, quantity, " " + quantity.Unit);
        }
        if (when.DurationMonths is { } duration)
            yield return InInterval("varighed i måneder", "duration in months", m.DurationMonths, null, duration, "");
        if (when.AnnualCost is { } annual)
            yield return InInterval("forventet årlig udgift", "expected annual cost", m.AnnualCost, null, annual, " kr.");
        if (when.TotalCost is { } total)
            yield return InInterval("forventet samlet udgift", "expected total cost", m.TotalCost, null, total, " kr.");
        if (when.Aggregate is { } aggregate)
        {
            var family = aggregate.Scope == AggregateCondition.Family;
            var value = family ? m.FamilyYearCost : m.ChildYearCost;
            yield return InInterval(family ? "bevilget til familien i kalenderåret, denne indsats medregnet" : "bevilget til barnet i kalenderåret, denne indsats medregnet",
                family ? "granted to the family in the calendar year, this measure included" : "granted to the child in the calendar year, this measure included",
                value, null, aggregate, " kr.");
        }
        if (when.Consent is { } consent) yield return IsFlag("samtykke", "consent", m.Consent, consent);
        if (when.SubmitterTeam is { } teams) yield return InSet("indstillers team", "submitter's team", s?.Team, teams);
        if (when.SubmitterExperienced is { } experienced)
            yield return IsFlag("erfaren indstiller", "experienced submitter", s?.Experienced, experienced);
        if (when.SubmitterLevels is { } levels)
        {
            var held = s?.Levels.Where(levels.Contains).ToList();
            var actual = s is null ? null : string.Join(", ", s.Levels);
            var holds = held is { Count: > 0 };
            yield return new Finding(holds,
                $"indstillers kompetenceniveauer ({Show(actual, "ikke oplyst")}) {(holds ? "omfatter" : "omfatter ikke")} en af: {string.Join(", ", levels)}",
                $"submitter's competence levels ({Show(actual, "not given")}) {(holds ? "include" : "do not include")} one of: {string.Join(", ", levels)}");
        }
    }

    private static Finding InSet(string da, string en, string? value, List<string> allowed, Func<string, string>? normalise = null)
    {
        normalise ??= v => v;
        var holds = value is not null && allowed.Any(a => normalise(a) == normalise(value));
        var list = string.Join(", ", allowed);
        return new Finding(holds,
            $"{da} {Show(value, "ikke oplyst")} {(holds ? "er" : "er ikke")} en af: {list}",
            $"{en} {Show(value, "not given")} {(holds ? "is" : "is not")} one of: {list}");
    }

    private static Finding InInterval(string da, string en, decimal? value, (string Da, string En)? actual, Interval interval, string unit)
    {
        var holds = value is { } v && interval.Contains(v);
        var shownDa = actual?.Da ?? (value is { } a ? Number(a, Da) + unit : null);
        var shownEn = actual?.En ?? (value is { } b ? Number(b, En) + unit : null);
        return new Finding(holds,
            $"{da} {Show(shownDa, "ikke oplyst")} {(holds ? "er" : "er ikke")} {Describe(interval, Da, "over", "højst", "og")}{unit}",
            $"{en} {Show(shownEn, "not given")} {(holds ? "is" : "is not")} {Describe(interval, En, "above", "up to", "and")}{unit}");
    }

    private static Finding IsFlag(string da, string en, bool? value, bool expected)
    {
        var holds = value == expected;
        return new Finding(holds,
            $"{da}: {Show(value is null ? null : value.Value ? "ja" : "nej", "ikke oplyst")}, betingelsen er {(expected ? "ja" : "nej")}",
            $"{en}: {Show(value is null ? null : value.Value ? "yes" : "no", "not given")}, the condition is {(expected ? "yes" : "no")}");
    }

    private static string Describe(Interval interval, CultureInfo culture, string above, string upTo, string and) => (interval.Above, interval.UpTo) switch
    {
        ({ } a, { } u) => $"{above} {Number(a, culture)} {and} {upTo} {Number(u, culture)}",
        ({ } a, null) => $"{above} {Number(a, culture)}",
        (null, { } u) => $"{upTo} {Number(u, culture)}",
        _ => "",
    };

    private static string Number(decimal value, CultureInfo culture) => value.ToString("0.##", culture);

    private static string Show(string? value, string missing) => value ?? $"({missing})";
}
