using System.Globalization;
using Visitation.Host.Features.Frister;

namespace Visitation.Host.Features.Moeder;

/// <summary>One meeting the schedule gives: its local date, when it starts and the last instant an item may be submitted for it.</summary>
public sealed record MeetingOccurrence(DateOnly Date, DateTimeOffset StartsAt, DateTimeOffset CutoffAt);

/// <summary>
/// A forum's recurring schedule: every <see cref="EveryWeeks"/> weeks on <see cref="Weekday"/> at <see cref="Time"/> local time,
/// counted from the first such weekday on or after <see cref="StartsOn"/>; the agenda closes <see cref="CutoffDaysBefore"/> days
/// before at <see cref="CutoffTime"/> local time. Meetings that fall on a Danish public holiday are skipped.
/// </summary>
public sealed record MeetingSchedule(int EveryWeeks, DayOfWeek Weekday, TimeOnly Time, DateOnly StartsOn, int CutoffDaysBefore, TimeOnly CutoffTime)
{
    public const string TimeFormat = "HH:mm";

    public static string FormatTime(TimeOnly time) => time.ToString(TimeFormat, CultureInfo.InvariantCulture);

    public static bool TryParseTime(string? text, out TimeOnly time) =>
        TimeOnly.TryParseExact(text, TimeFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out time);

    /// <summary>The first meeting day of the schedule.</summary>
    public DateOnly Anchor => StartsOn.AddDays(((int)Weekday - (int)StartsOn.DayOfWeek + 7) % 7);

    /// <summary>The meetings on or after the local date <paramref name="from"/>, in order, endlessly; holidays are left out.</summary>
    public IEnumerable<MeetingOccurrence> From(DateOnly from, TimeZoneInfo zone, DanishCalendar calendar)
    {
        var step = 7 * EveryWeeks;
        var date = Anchor;
        if (from > date) date = date.AddDays((from.DayNumber - date.DayNumber + step - 1) / step * step);
        for (; date.Year < 9999; date = date.AddDays(step))
        {
            if (calendar.IsHoliday(date)) continue;
            yield return At(date, zone);
        }
    }

    /// <summary>The meetings whose local dates lie from <paramref name="from"/> to <paramref name="to"/>, both inclusive.</summary>
    public IEnumerable<MeetingOccurrence> Between(DateOnly from, DateOnly to, TimeZoneInfo zone, DanishCalendar calendar) =>
        From(from, zone, calendar).TakeWhile(m => m.Date <= to);

    private MeetingOccurrence At(DateOnly date, TimeZoneInfo zone) => new(date,
        ZonedTime.FromLocal(date.ToDateTime(Time), zone),
        ZonedTime.FromLocal(date.AddDays(-CutoffDaysBefore).ToDateTime(CutoffTime), zone));
}
