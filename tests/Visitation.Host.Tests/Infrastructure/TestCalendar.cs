namespace Visitation.Host.Tests.Infrastructure;

/// <summary>
/// The day the tests' hosts live on, whatever the machine's date. Many tests use fixed dates (an indstilling from
/// 1 December 2026, a meeting in January 2027) and expect "this year" to be the year they were written in; on the
/// real clock they would start failing as those dates passed. The calendar is the machine's clock moved by whole
/// days, so time still runs (sessions, leases, delays) and the time of day is the real one.
/// </summary>
public static class TestCalendar
{
    public static readonly DateOnly Today = new(2026, 12, 7);

    private static readonly TimeSpan Shift = Today.ToDateTime(TimeOnly.MinValue) - DateTime.UtcNow.Date;

    /// <summary>The current instant on the tests' calendar.</summary>
    public static DateTimeOffset Now => DateTimeOffset.UtcNow + Shift;

    /// <summary>The clock a test host reads unless the test gives it one of its own.</summary>
    public static TimeProvider Clock { get; } = new ShiftedClock();

    private sealed class ShiftedClock : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => base.GetUtcNow() + Shift;

        public override TimeZoneInfo LocalTimeZone => TimeZoneInfo.Utc;
    }
}
