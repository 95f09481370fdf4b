namespace Visitation.Host.Features.Frister;

/// <summary>Turns a municipality's local clock time back into an instant, across daylight-saving changes.</summary>
public static class ZonedTime
{
    /// <summary>
    /// The instant at which the clocks in <paramref name="zone"/> show <paramref name="local"/>. A time that
    /// does not exist (skipped when clocks go forward) moves forward by the gap (02:30 becomes 03:30); a time
    /// that occurs twice (when clocks go back) is the first, earlier, occurrence.
    /// </summary>
    public static DateTimeOffset FromLocal(DateTime local, TimeZoneInfo zone)
    {
        local = DateTime.SpecifyKind(local, DateTimeKind.Unspecified);
        if (zone.IsAmbiguousTime(local))
            return new DateTimeOffset(local, zone.GetAmbiguousTimeOffsets(local).Max());
        if (zone.IsInvalidTime(local))
        {
            // The offset in force just before the gap reads the skipped time as the moment after it.
            var before = zone.GetUtcOffset(local.AddHours(-3));
            return new DateTimeOffset(local, before);
        }
        return new DateTimeOffset(local, zone.GetUtcOffset(local));
    }

    public static DateOnly LocalDate(DateTimeOffset instant, TimeZoneInfo zone) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, zone).DateTime);
}
