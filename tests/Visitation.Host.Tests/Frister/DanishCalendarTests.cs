using Visitation.Host.Features.Frister;

namespace Visitation.Host.Tests.Frister;

public sealed class DanishCalendarTests
{
    private static readonly TimeZoneInfo Copenhagen = TimeZoneInfo.FindSystemTimeZoneById("Europe/Copenhagen");

    public static TheoryData<int, string[]> HolidaysByYear => new()
    {
        { 2023, ["2023-01-01", "2023-04-06", "2023-04-07", "2023-04-09", "2023-04-10", "2023-05-05", "2023-05-18", "2023-05-28", "2023-05-29", "2023-12-25", "2023-12-26"] },
        { 2024, ["2024-01-01", "2024-03-28", "2024-03-29", "2024-03-31", "2024-04-01", "2024-05-09", "2024-05-19", "2024-05-20", "2024-12-25", "2024-12-26"] },
        { 2025, ["2025-01-01", "2025-04-17", "2025-04-18", "2025-04-20", "2025-04-21", "2025-05-29", "2025-06-08", "2025-06-09", "2025-12-25", "2025-12-26"] },
        { 2026, ["2026-01-01", "2026-04-02", "2026-04-03", "2026-04-05", "2026-04-06", "2026-05-14", "2026-05-24", "2026-05-25", "2026-12-25", "2026-12-26"] },
    };

    [Theory]
    [MemberData(nameof(HolidaysByYear))]
    public void Should_list_the_danish_public_holidays_when_asked_for_a_year(int year, string[] expected)
    {
        // Act
        var holidays = new DanishCalendar().HolidaysIn(year);

        // Assert
        Assert.Equal(expected.Select(DateOnly.Parse), holidays.Select(h => h.Date));
    }

    [Fact]
    public void Should_keep_store_bededag_up_to_2023_and_drop_it_from_2024()
    {
        var calendar = new DanishCalendar();

        Assert.Contains(calendar.HolidaysIn(2023), h => h.Name == "Store Bededag" && h.Date == new DateOnly(2023, 5, 5));
        Assert.DoesNotContain(calendar.HolidaysIn(2024), h => h.Name == "Store Bededag");
        Assert.True(calendar.IsWorkingDay(new DateOnly(2024, 4, 26)));
        Assert.False(calendar.IsWorkingDay(new DateOnly(2023, 5, 5)));
        Assert.Equal(new DateOnly(2023, 5, 8), calendar.AddWorkingDays(new DateOnly(2023, 5, 4), 1));
        Assert.Equal(new DateOnly(2024, 4, 26), calendar.AddWorkingDays(new DateOnly(2024, 4, 25), 1));
    }

    [Fact]
    public void Should_count_grundlovsdag_and_the_eves_as_working_days_unless_configured_closed()
    {
        var standard = new DanishCalendar();
        var closed = new DanishCalendar(Microsoft.Extensions.Options.Options.Create(
            new CalendarOptions { GrundlovsdagClosed = true, JuleaftensdagClosed = true, NytaarsaftensdagClosed = true }));

        foreach (var day in new[] { new DateOnly(2025, 6, 5), new DateOnly(2025, 12, 24), new DateOnly(2025, 12, 31) })
        {
            Assert.True(standard.IsWorkingDay(day));
            Assert.False(closed.IsWorkingDay(day));
        }
        Assert.Equal(["Grundlovsdag", "Juleaftensdag", "Nytårsaftensdag"],
            closed.HolidaysIn(2025).Select(h => h.Name).Except(standard.HolidaysIn(2025).Select(h => h.Name)));
    }

    [Fact]
    public void Should_skip_weekends_and_easter_when_counting_6_working_days()
    {
        // Arrange: received Tuesday 31 March 2026 at 10:00; skærtorsdag, langfredag and 2. påskedag follow.
        var receivedAt = new DateTimeOffset(2026, 3, 31, 8, 0, 0, TimeSpan.Zero);

        // Act
        var dueAt = new DanishCalendar().EndOfWorkingDaysAfter(receivedAt, 6, Copenhagen);

        // Assert: 1 April, then 7, 8, 9, 10 and 13 April; the end of that day in summer time.
        Assert.Equal(new DateTimeOffset(2026, 4, 13, 21, 59, 59, TimeSpan.Zero), dueAt);
    }

    [Fact]
    public void Should_skip_christmas_and_new_year_when_counting_6_working_days()
    {
        var receivedAt = new DateTimeOffset(2025, 12, 22, 9, 0, 0, TimeSpan.Zero);
        var closedOnEves = new DanishCalendar(Microsoft.Extensions.Options.Options.Create(
            new CalendarOptions { JuleaftensdagClosed = true, NytaarsaftensdagClosed = true }));

        // 23, 24, 29, 30, 31 December and 2 January; with the eves closed: 23, 29, 30 December, 2, 5 and 6 January.
        Assert.Equal(new DateTimeOffset(2026, 1, 2, 22, 59, 59, TimeSpan.Zero), new DanishCalendar().EndOfWorkingDaysAfter(receivedAt, 6, Copenhagen));
        Assert.Equal(new DateTimeOffset(2026, 1, 6, 22, 59, 59, TimeSpan.Zero), closedOnEves.EndOfWorkingDaysAfter(receivedAt, 6, Copenhagen));
    }

    [Fact]
    public void Should_count_from_the_local_date_when_received_late_in_the_evening()
    {
        // 23:30 UTC on Friday 5 December 2025 is already Saturday in Copenhagen.
        var receivedAt = new DateTimeOffset(2025, 12, 5, 23, 30, 0, TimeSpan.Zero);

        var dueAt = new DanishCalendar().EndOfWorkingDaysAfter(receivedAt, 1, Copenhagen);

        Assert.Equal(new DateTimeOffset(2025, 12, 8, 22, 59, 59, TimeSpan.Zero), dueAt);
    }

    [Theory]
    [InlineData("2025-10-31", 4, "2026-02-28")]
    [InlineData("2027-10-31", 4, "2028-02-29")]
    [InlineData("2026-01-31", 1, "2026-02-28")]
    [InlineData("2026-03-31", 3, "2026-06-30")]
    [InlineData("2026-01-15", 4, "2026-05-15")]
    [InlineData("2024-02-29", 12, "2025-02-28")]
    public void Should_clamp_to_the_months_end_when_adding_months(string from, int months, string expected)
    {
        Assert.Equal(DateOnly.Parse(expected), DanishCalendar.AddMonths(DateOnly.Parse(from), months));
    }

    [Fact]
    public void Should_find_easter_sunday_for_years_far_apart()
    {
        Assert.Equal(new DateOnly(1900, 4, 15), DanishHolidays.EasterSunday(1900));
        Assert.Equal(new DateOnly(2000, 4, 23), DanishHolidays.EasterSunday(2000));
        Assert.Equal(new DateOnly(2038, 4, 25), DanishHolidays.EasterSunday(2038));
        Assert.Equal(new DateOnly(2285, 3, 22), DanishHolidays.EasterSunday(2285));
    }
}
