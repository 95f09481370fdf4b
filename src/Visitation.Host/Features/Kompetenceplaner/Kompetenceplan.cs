using Visitation.Host.Infrastructure.Tenancy;

namespace Visitation.Host.Features.Kompetenceplaner;

/// <summary>
/// One saved version of a municipality's competence plan. Versions are never changed: saving makes the next
/// version, and the one in force on a day is the highest version whose <see cref="EffectiveFrom"/> has come.
/// </summary>
public sealed class Kompetenceplan : ITenantScoped
{
    public Guid Id { get; set; }

    public Guid KommuneId { get; set; }

    /// <summary>1, 2, 3, ... per municipality.</summary>
    public int Version { get; set; }

    /// <summary>The first day (in the municipality's calendar) on which this version routes indstillinger.</summary>
    public DateOnly EffectiveFrom { get; set; }

    public DateTimeOffset SavedAt { get; set; }

    public required string SavedBy { get; set; }

    /// <summary>The decision table as JSON (<see cref="PlanStorage"/>), amounts in øre.</summary>
    public required string Document { get; set; }
}
