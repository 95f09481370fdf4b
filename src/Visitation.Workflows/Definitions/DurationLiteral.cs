using System.Globalization;
using System.Text.RegularExpressions;

namespace Visitation.Workflows.Definitions;

/// <summary>What a Delay/Timer literal denotes.</summary>
public enum DurationKind
{
    /// <summary>A fixed length of time: a TimeSpan (<c>00:01:00</c>) or an ISO 8601 duration with days and time only (<c>P1DT2H</c>).</summary>
    Duration,

    /// <summary>A calendar period with years, months or weeks (<c>P1M</c>, <c>P2W</c>): its length depends on the start date.</summary>
    Period,

    /// <summary>An absolute date or instant (<c>2026-12-01</c>, <c>2026-12-01T09:00:00+01:00</c>).</summary>
    Date,
}

/// <summary>
/// A parsed Delay/Timer literal: an ISO 8601 duration or period, a .NET TimeSpan, or a date.
/// </summary>
/// <remarks>
/// Periods add calendar units: "n months later" is the same day n months later, clamped to the month's
/// end (<see cref="DateTimeOffset.AddMonths"/>). Apply periods in the municipality's time zone; the
/// caller converts. Fractions are allowed only on the smallest unit in practice, and are accepted on any.
/// </remarks>
public sealed partial record DurationLiteral(DurationKind Kind, int Years, int Months, int Days, TimeSpan Time, DateTimeOffset? Date)
{
    [GeneratedRegex(@"^(?<sign>-)?P(?:(?<y>\d+)Y)?(?:(?<mo>\d+)M)?(?:(?<w>\d+)W)?(?:(?<d>\d+(?:[.,]\d+)?)D)?(?:T(?:(?<h>\d+(?:[.,]\d+)?)H)?(?:(?<mi>\d+(?:[.,]\d+)?)M)?(?:(?<s>\d+(?:[.,]\d+)?)S)?)?$",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture, matchTimeoutMilliseconds: 1000)]
    private static partial Regex IsoDuration();

    public static bool TryParse(string? text, out DurationLiteral result)
    {
        result = null!;
        if (string.IsNullOrWhiteSpace(text)) return false;
        text = text.Trim();

        if (text.StartsWith('P') || text.StartsWith("-P", StringComparison.Ordinal))
            return TryParseIso(text, out result);

        if (text.Contains(':') && TimeSpan.TryParse(text, CultureInfo.InvariantCulture, out var span))
        {
            result = new DurationLiteral(DurationKind.Duration, 0, 0, 0, span, null);
            return true;
        }

        if (text.Length >= 10 && char.IsDigit(text[0])
            && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var date))
        {
            result = new DurationLiteral(DurationKind.Date, 0, 0, 0, TimeSpan.Zero, date);
            return true;
        }

        if (TimeSpan.TryParse(text, CultureInfo.InvariantCulture, out span))
        {
            result = new DurationLiteral(DurationKind.Duration, 0, 0, 0, span, null);
            return true;
        }
        return false;
    }

    /// <summary>The instant this literal denotes when counted from <paramref name="start"/>.</summary>
    public DateTimeOffset ResolveFrom(DateTimeOffset start) => Kind switch
    {
        DurationKind.Date => Date!.Value,
        _ => start.AddYears(Years).AddMonths(Months).AddDays(Days).Add(Time),
    };

    private static bool TryParseIso(string text, out DurationLiteral result)
    {
        result = null!;
        var match = IsoDuration().Match(text);
        if (!match.Success || text.EndsWith('T') || !match.Groups.Values.Skip(1).Any(g => g.Success && g.Name != "sign"))
            return false;

        var sign = match.Groups["sign"].Success ? -1 : 1;
        int Whole(string name) => match.Groups[name].Success ? int.Parse(match.Groups[name].Value, CultureInfo.InvariantCulture) : 0;
        double Fraction(string name) =>
            match.Groups[name].Success ? double.Parse(match.Groups[name].Value.Replace(',', '.'), CultureInfo.InvariantCulture) : 0;

        try
        {
            var days = Fraction("d");
            var time = TimeSpan.FromDays(days - Math.Floor(days))
                + TimeSpan.FromHours(Fraction("h")) + TimeSpan.FromMinutes(Fraction("mi")) + TimeSpan.FromSeconds(Fraction("s"));
            var years = Whole("y");
            var months = Whole("mo");
            var weeks = Whole("w");
            var kind = years != 0 || months != 0 || weeks != 0 ? DurationKind.Period : DurationKind.Duration;
            result = new DurationLiteral(kind, sign * years, sign * months, sign * (weeks * 7 + (int)Math.Floor(days)), sign == 1 ? time : -time, null);
            return true;
        }
        catch (Exception e) when (e is OverflowException or FormatException)
        {
            return false;
        }
    }
}
