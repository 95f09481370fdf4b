using Visitation.Host.Infrastructure.Tenancy;

namespace Visitation.Host.Features.Opfoelgning;

/// <summary>
/// A municipality's follow-up cadence for a measure type, a track or a team, or one case's own cadence: a
/// sequence of steps (<see cref="KadenceTrin"/>, stored as JSON) with a repeating tail.
/// </summary>
public sealed class KadenceRegel : ITenantScoped
{
    public Guid Id { get; set; }

    public Guid KommuneId { get; set; }

    public KadenceOmfang Omfang { get; set; }

    /// <summary>The measure type, the track's flow id, the team's id or the case id.</summary>
    public required string Noegle { get; set; }

    public required string TrinJson { get; set; }

    public string? Begrundelse { get; set; }

    public DateTimeOffset AendretAt { get; set; }

    public required string AendretAf { get; set; }
}
