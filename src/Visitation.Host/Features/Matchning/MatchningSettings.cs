using Visitation.Host.Infrastructure.Tenancy;

namespace Visitation.Host.Features.Matchning;

/// <summary>
/// A municipality's matching rules. The bid deadline is the municipality's own procurement rule, not a legal
/// deadline, so it may be longer or shorter than the default and is kept here rather than among the legal deadline rules.
/// It counts working days (hverdage) like the legal deadlines do: no weekends and no Danish public holidays.
/// </summary>
public sealed class MatchningSettings : ITenantScoped
{
    public const int DefaultBudfristHverdage = 5;

    public const int MaxBudfristHverdage = 60;

    public Guid KommuneId { get; set; }

    /// <summary>Working days the internal providers have to bid; the deadline ends with the last of them, in the municipality's time zone.</summary>
    public int BudfristHverdage { get; set; } = DefaultBudfristHverdage;
}
