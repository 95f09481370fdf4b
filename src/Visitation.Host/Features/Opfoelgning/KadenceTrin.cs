namespace Visitation.Host.Features.Opfoelgning;

/// <summary>
/// One step of a follow-up cadence: a follow-up every <see cref="Interval"/> (an ISO 8601 period of years, months,
/// weeks or days), for <see cref="Antal"/> follow-ups or while they fall within <see cref="Indtil"/> of the start.
/// A step with neither limit repeats for ever; the last step of a cadence is such a tail.
/// </summary>
public sealed record KadenceTrin(string Interval, int? Antal = null, string? Indtil = null)
{
    public bool IsTail => Antal is null && Indtil is null;
}
