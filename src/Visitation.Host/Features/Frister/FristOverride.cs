using Visitation.Host.Infrastructure.Tenancy;

namespace Visitation.Host.Features.Frister;

/// <summary>
/// One version of a municipality's local target for a legal deadline (e.g. Hvidovre: undersøgelse within
/// 2 months). Versions are never changed: a new target is a new version with its own effective date, and
/// the version in force at an instant is the one with the latest effective date on or before that instant's
/// local date (the higher version wins a tie).
/// </summary>
public sealed class FristOverride : ITenantScoped
{
    public Guid Id { get; set; }

    public Guid KommuneId { get; set; }

    /// <summary>The id of a rule in <see cref="FristRules"/>.</summary>
    public required string RuleId { get; set; }

    /// <summary>1, 2, ... per municipality and rule; 0 stands for the legal default.</summary>
    public int Version { get; set; }

    /// <summary>An ISO 8601 duration or period; null when the target is a number of working days.</summary>
    public string? Duration { get; set; }

    public int? WorkingDays { get; set; }

    /// <summary>The first local date (in the municipality's time zone) on which a started deadline uses this version.</summary>
    public DateOnly EffectiveFrom { get; set; }

    public string? Reason { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public required string CreatedBy { get; set; }

    public FristSpec Spec => WorkingDays is { } days ? FristSpec.OfWorkingDays(days) : FristSpec.Of(Duration!);
}
