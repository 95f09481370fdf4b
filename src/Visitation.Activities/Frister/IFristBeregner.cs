namespace Visitation.Activities.Frister;

/// <summary>
/// Computes when a deadline rule falls due for a municipality: the legal default or the municipality's
/// stricter local version in force at the start, with working days and Danish holidays. The host implements it.
/// </summary>
public interface IFristBeregner
{
    /// <summary>The due instant (UTC) of rule <paramref name="ruleId"/> started at <paramref name="start"/> in the tenant's municipality.</summary>
    Task<DateTimeOffset> DueAtAsync(string tenantId, string ruleId, DateTimeOffset start, CancellationToken cancellationToken);
}
