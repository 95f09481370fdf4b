using Visitation.Host.Infrastructure.Tenancy;

namespace Visitation.Host.Features.Kompetenceplaner;

/// <summary>
/// A case the simulator keeps for the municipality's plan, re-run against every draft so its author sees which answers
/// a change moves. Shared by everyone who edits or reads the plan.
/// </summary>
public sealed class SimulatorExample : ITenantScoped
{
    public Guid Id { get; set; }

    public Guid KommuneId { get; set; }

    public required string Name { get; set; }

    /// <summary>The measure as the simulator asks it (<see cref="SimulateRouting.MeasureRequest"/>), as JSON.</summary>
    public required string Measure { get; set; }

    /// <summary>The submitter's user name, when the example asks for a particular one.</summary>
    public string? Submitter { get; set; }

    public DateTimeOffset SavedAt { get; set; }

    public required string SavedBy { get; set; }
}
