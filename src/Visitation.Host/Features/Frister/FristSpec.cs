namespace Visitation.Host.Features.Frister;

/// <summary>
/// How long a deadline runs: either an ISO 8601 duration or period (<c>PT24H</c>, <c>P4M</c>) or a number
/// of working days (hverdage). Exactly one of the two is set.
/// </summary>
public sealed record FristSpec
{
    private FristSpec(IsoDuration? duration, int? workingDays)
    {
        Duration = duration;
        WorkingDays = workingDays;
    }

    public IsoDuration? Duration { get; }

    public int? WorkingDays { get; }

    public static FristSpec Of(IsoDuration duration) => new(duration, null);

    public static FristSpec Of(string duration) => new(IsoDuration.Parse(duration), null);

    public static FristSpec OfWorkingDays(int count) =>
        count > 0 ? new(null, count) : throw new ArgumentOutOfRangeException(nameof(count));

    /// <summary>When a deadline of this length falls due when it starts at <paramref name="start"/>.</summary>
    public DateTimeOffset DueAt(DateTimeOffset start, TimeZoneInfo zone, DanishCalendar calendar) =>
        WorkingDays is { } days ? calendar.EndOfWorkingDaysAfter(start, days, zone) : Duration!.AddTo(start, zone);

    public override string ToString() => Duration?.ToString() ?? $"{WorkingDays} hverdage";
}
