namespace Visitation.BrowserTests;

/// <summary>
/// The browser tests' host reads time from this clock: the real time, moved forward when a journey needs a day that
/// has not come yet (a meeting opens only on its date). A test that moves it puts it back when it ends.
/// </summary>
public sealed class StudioClock : TimeProvider
{
    private long _offsetTicks;

    public override DateTimeOffset GetUtcNow() => base.GetUtcNow().AddTicks(Interlocked.Read(ref _offsetTicks));

    /// <summary>Moves the clock to <paramref name="localTime"/> on <paramref name="date"/> in Copenhagen, if that is later than now.</summary>
    public IDisposable MoveTo(DateOnly date, TimeOnly localTime)
    {
        var zone = TimeZoneInfo.FindSystemTimeZoneById("Europe/Copenhagen");
        var local = date.ToDateTime(localTime);
        var target = new DateTimeOffset(local, zone.GetUtcOffset(local));
        var offset = target - base.GetUtcNow();
        if (offset > TimeSpan.Zero) Interlocked.Exchange(ref _offsetTicks, offset.Ticks);
        return new Restore(this);
    }

    private sealed class Restore(StudioClock clock) : IDisposable
    {
        public void Dispose() => Interlocked.Exchange(ref clock._offsetTicks, 0);
    }
}
