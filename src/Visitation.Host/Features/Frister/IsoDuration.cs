using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Visitation.Host.Features.Frister;

/// <summary>
/// An ISO 8601 duration such as <c>PT24H</c>, <c>P6D</c>, <c>P4M</c> or <c>P1Y2M</c>: whole, non-negative
/// numbers of years, months, weeks, days, hours, minutes and seconds.
/// </summary>
/// <remarks>
/// Added to an instant in a time zone, the calendar part (years, months, weeks, days) moves the local date
/// and keeps the local clock time: <c>P1D</c> is "same time tomorrow" even across a daylight-saving change,
/// and months are "the same day n months later, clamped to the month's end" (docs/decisions.md D13). The time
/// part (hours, minutes, seconds) is then added as elapsed time: <c>PT24H</c> is always 24 real hours.
/// </remarks>
public sealed partial record IsoDuration(int Years, int Months, int Weeks, int Days, int Hours, int Minutes, int Seconds)
{
    [GeneratedRegex(@"^P(?:(\d{1,4})Y)?(?:(\d{1,4})M)?(?:(\d{1,4})W)?(?:(\d{1,5})D)?(?:T(?:(\d{1,6})H)?(?:(\d{1,7})M)?(?:(\d{1,9})S)?)?$",
        RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();

    /// <summary>No deadline is longer than a century; longer ones would also overflow the calendar when added.</summary>
    public const double MaxDays = 100 * 366;

    private double ApproximateDays =>
        Years * 366.0 + Months * 31.0 + Weeks * 7.0 + Days + Hours / 24.0 + Minutes / 1440.0 + Seconds / 86400.0;

    public bool HasCalendarPart => Years != 0 || Months != 0 || Weeks != 0 || Days != 0;

    public bool HasTimePart => Hours != 0 || Minutes != 0 || Seconds != 0;

    public static bool TryParse(string? text, out IsoDuration duration)
    {
        duration = new IsoDuration(0, 0, 0, 0, 0, 0, 0);
        if (string.IsNullOrEmpty(text)) return false;
        var match = Pattern().Match(text.Trim().ToUpperInvariant());
        if (!match.Success || text.Trim().EndsWith('T')) return false;
        int Group(int i) => match.Groups[i].Success ? int.Parse(match.Groups[i].Value, CultureInfo.InvariantCulture) : 0;
        duration = new IsoDuration(Group(1), Group(2), Group(3), Group(4), Group(5), Group(6), Group(7));
        return (duration.HasCalendarPart || duration.HasTimePart) && duration.ApproximateDays <= MaxDays;
    }

    public static IsoDuration Parse(string text) =>
        TryParse(text, out var duration) ? duration : throw new FormatException("Not an ISO 8601 duration.");

    /// <summary>The instant this duration after <paramref name="start"/>, with calendar arithmetic in <paramref name="zone"/>.</summary>
    public DateTimeOffset AddTo(DateTimeOffset start, TimeZoneInfo zone)
    {
        var result = start;
        if (HasCalendarPart)
        {
            var local = TimeZoneInfo.ConvertTime(start, zone).DateTime;
            local = local.AddMonths(Years * 12 + Months).AddDays(Weeks * 7 + Days);
            result = ZonedTime.FromLocal(local, zone);
        }
        return result + new TimeSpan(Hours, Minutes, Seconds);
    }

    public override string ToString()
    {
        var text = new StringBuilder("P");
        void Part(int value, char unit)
        {
            if (value != 0) text.Append(value.ToString(CultureInfo.InvariantCulture)).Append(unit);
        }
        Part(Years, 'Y');
        Part(Months, 'M');
        Part(Weeks, 'W');
        Part(Days, 'D');
        if (HasTimePart)
        {
            text.Append('T');
            Part(Hours, 'H');
            Part(Minutes, 'M');
            Part(Seconds, 'S');
        }
        return text.ToString();
    }
}
