namespace Visitation.Activities.Opfoelgning;

/// <summary>When a re-visitation of a measure near its end falls due. The host implements it.</summary>
public interface IGenvisitationFrist
{
    /// <summary>
    /// The due instant (UTC) of the re-visitation the expiry notice at <paramref name="varsletAt"/> starts, in the tenant's
    /// municipality: by the deadline rule <c>genvisitation-14d</c>, and never after the end of the grant's last local day
    /// <paramref name="slut"/>, if known.
    /// </summary>
    Task<DateTimeOffset> DueAtAsync(string tenantId, DateTimeOffset varsletAt, DateOnly? slut, CancellationToken cancellationToken);
}
