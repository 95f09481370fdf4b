using Visitation.Host.Infrastructure.Tenancy;

namespace Visitation.Host.Features.Organisation;

/// <summary>A team of one municipality (e.g. the family treatment team); users belong to at most one.</summary>
public sealed class Team : ITenantScoped
{
    public Guid Id { get; set; }

    public Guid KommuneId { get; set; }

    /// <summary>ASCII id, unique in the municipality and never changed: <c>familiebehandling</c>.</summary>
    public required string Code { get; set; }

    public required string Name { get; set; }
}
