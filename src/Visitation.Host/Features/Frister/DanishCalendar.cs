using System.Collections.Concurrent;
namespace Visitation.Host.Features.Frister;

/// <summary>
/// Working days (hverdage) and calendar arithmetic for deadlines: not Saturdays, Sundays or the days of
/// <see cref="DanishHolidays"/> (with the closed days that <see cref="CalendarOptions"/> switches on).
/// </summary>
public sealed class DanishCalendar(Microsoft.Extensions.Options.IOptions<CalendarOptions> options)
{
    private readonly ConcurrentDictionary<int, HashSet<DateOnly>> closedDays = new();

    public DanishCalendar() : this(Microsoft.Extensions.Options.Options.Create(new CalendarOptions())) { }

    public CalendarOptions Settings { get; } = options.Value;

    public IReadOnlyList<Holiday> HolidaysIn(int year) => DanishHolidays.For(year, Settings);

    public bool IsHoliday(DateOnly date) =>
        closedDays.GetOrAdd(date.Year, year => [.. HolidaysIn(year).Select(h => h.Date)]).Contains(date);

    public bool IsWorkingDay(DateOnly date) =>
        date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday) && !IsHoliday(date);

    /// <summary>The <paramref name="count"/>th working day after <paramref name="date"/> (the date itself never counts).</summary>
    public DateOnly AddWorkingDays(DateOnly date, int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        var day = date;
        for (var found = 0; found < count;)
        {
            day = day.AddDays(1);
            if (IsWorkingDay(day)) found++;
        }
        return day;
    }

    /// <summary>
    /// The end (23:59:59 local time) of the <paramref name="count"/>th working day after the local date of
    /// <paramref name="start"/>: "within 6 hverdage" of a receipt on a Thursday morning ends on the evening
    /// of the sixth working day that follows it.
    /// </summary>
    public DateTimeOffset EndOfWorkingDaysAfter(DateTimeOffset start, int count, TimeZoneInfo zone)
    {
        var day = AddWorkingDays(ZonedTime.LocalDate(start, zone), count);
        return ZonedTime.FromLocal(day.ToDateTime(new TimeOnly(23, 59, 59)), zone);
    }

    /// <summary>The same day <paramref name="months"/> months later, clamped to the month's end (31 October + 4 months = 28/29 February).</summary>
    public static DateOnly AddMonths(DateOnly date, int months)
    {
        var first = new DateOnly(date.Year, date.Month, 1).AddMonths(months);
        return new DateOnly(first.Year, first.Month, Math.Min(date.Day, DateTime.DaysInMonth(first.Year, first.Month)));
    }
}
