using Visitation.Host.Features.Frister;

namespace Visitation.Host.Features.Opfoelgning;

/// <summary>
/// The latest local date the first follow-up may fall on when the help starts on a date: the municipality's deadline
/// rule <c>opfoelgning-foerste-3m</c> (Barnets Lov § 95, or the stricter local version in force on that date), counted
/// from the start of that day.
/// </summary>
public static class FoersteOpfoelgningFrist
{
    public static async Task<(DateOnly Senest, ResolvedFrist Frist)> SenestAsync(FristResolver frister, Guid kommuneId, DateOnly start, TimeZoneInfo zone,
        CancellationToken cancellationToken)
    {
        var from = ZonedTime.FromLocal(start.ToDateTime(TimeOnly.MinValue), zone);
        var (frist, dueAt) = await frister.DueAtAsync(kommuneId, FristRules.FoersteOpfoelgning.Id, from, cancellationToken);
        return (ZonedTime.LocalDate(dueAt, zone), frist);
    }
}
