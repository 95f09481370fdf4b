namespace Visitation.Host.Features.Frister;

/// <summary>A deadline's length: <c>duration</c> (ISO 8601) or <c>workingDays</c>, the other null.</summary>
public sealed record FristSpecView(string? Duration, int? WorkingDays)
{
    public static FristSpecView From(FristSpec spec) => new(spec.Duration?.ToString(), spec.WorkingDays);
}

/// <summary>One version of the municipality's local target for a rule.</summary>
public sealed record FristOverrideView(int Version, string? Duration, int? WorkingDays, DateOnly EffectiveFrom, string? Reason,
    DateTimeOffset CreatedAt, string CreatedBy)
{
    public static FristOverrideView From(FristOverride o) =>
        new(o.Version, o.Duration, o.WorkingDays, o.EffectiveFrom, o.Reason, o.CreatedAt.ToUniversalTime(), o.CreatedBy);
}

/// <summary>
/// A legal deadline as it applies to the caller's municipality today: the legal default, the local
/// override in force (if any), what is effective, and every local version including future ones.
/// <c>effectiveVersion</c> is 0 for the legal default.
/// </summary>
public sealed record FristRuleView(
    string RuleId,
    string Name,
    string LegalBasis,
    IReadOnlyList<string> Aliases,
    string FromEvent,
    string? Note,
    FristSpecView Default,
    FristOverrideView? Override,
    FristSpecView Effective,
    int EffectiveVersion,
    IReadOnlyList<FristOverrideView> Versions)
{
    public static FristRuleView From(ResolvedFrist resolved, IEnumerable<FristOverride> versions)
    {
        var rule = resolved.Rule;
        return new(rule.Id, rule.Name, rule.LegalBasis, rule.Aliases, rule.FromEvent, rule.Note, FristSpecView.From(rule.Default),
            resolved.Override is null ? null : FristOverrideView.From(resolved.Override),
            FristSpecView.From(resolved.Spec), resolved.Version,
            [.. versions.Where(v => v.RuleId == rule.Id).OrderByDescending(v => v.Version).Select(FristOverrideView.From)]);
    }
}

/// <summary>When a deadline started at <c>start</c> falls due, and which version of the rule decided it (0: the legal default).</summary>
public sealed record FristComputation(string RuleId, DateTimeOffset Start, DateTimeOffset DueAt, int RuleVersion, FristSpecView Deadline, string LegalBasis);
