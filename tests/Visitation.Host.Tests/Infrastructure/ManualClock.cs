namespace Visitation.Host.Tests.Infrastructure;

/// <summary>
/// A clock a test moves by hand, so deadlines, timers and escalations can be crossed without waiting. Delays
/// and timers still run on real time; a test fires due work by calling the scheduler's <c>FireDueAsync</c>.
/// </summary>
public sealed class ManualClock(DateTimeOffset start) : TimeProvider
{
    private long utcTicks = start.UtcTicks;

    public override DateTimeOffset GetUtcNow() => new(Interlocked.Read(ref utcTicks), TimeSpan.Zero);

    public override TimeZoneInfo LocalTimeZone => TimeZoneInfo.Utc;

    public void Advance(TimeSpan by) => Interlocked.Add(ref utcTicks, by.Ticks);

    public void Set(DateTimeOffset to) => Interlocked.Exchange(ref utcTicks, to.UtcTicks);
}
