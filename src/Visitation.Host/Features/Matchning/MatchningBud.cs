using Visitation.Host.Infrastructure.Tenancy;

namespace Visitation.Host.Features.Matchning;

/// <summary>
/// A provider's answer in a bid round for one of its offers: a bid (internal provider) or quote (external) at a
/// price, or a decline. Recorded by the caseworker on the provider's behalf, or later by the provider itself.
/// </summary>
public sealed class MatchningBud : ITenantScoped
{
    public Guid Id { get; set; }

    public Guid KommuneId { get; set; }

    public Guid MatchningId { get; set; }

    public Guid OfferId { get; set; }

    public Guid ProviderId { get; set; }

    public bool Intern { get; set; }

    /// <summary>False when the provider declined.</summary>
    public bool Afgivet { get; set; }

    /// <summary>The offered price per unit in øre; null for a decline.</summary>
    public long? PrisOere { get; set; }

    public string? Bemaerkning { get; set; }

    public required string RegistreretAf { get; set; }

    public DateTimeOffset RegistreretAt { get; set; }
}
