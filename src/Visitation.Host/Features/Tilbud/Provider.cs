using Visitation.Host.Infrastructure.Tenancy;

namespace Visitation.Host.Features.Tilbud;

/// <summary>A provider (leverandør) in a municipality's offer catalogue: the municipality's own unit or an external one.</summary>
public sealed class Provider : ITenantScoped
{
    public Guid Id { get; set; }

    public Guid KommuneId { get; set; }

    /// <summary>Unique in the municipality; the CSV import finds providers by it.</summary>
    public required string Name { get; set; }

    /// <summary>The company's CVR number (8 digits), if it has one.</summary>
    public string? Cvr { get; set; }
}
