using Visitation.Host.Infrastructure.Tenancy;

namespace Visitation.Host.Features.Matchning;

/// <summary>
/// A municipality's matching rules. The bid deadline is the municipality's own procurement rule, not a legal
/// deadline, so it may be longer or shorter than the default and is kept here rather than among the legal deadline rules.
/// </summary>
public sealed class MatchningSettings : ITenantScoped
{
    public const int DefaultBudfristDage = 5;

    public const int MaxBudfristDage = 60;

    public Guid KommuneId { get; set; }

    /// <summary>Calendar days the internal providers have to bid.</summary>
    public int BudfristDage { get; set; } = DefaultBudfristDage;
}
