using Visitation.Host.Infrastructure.Errors;

namespace Visitation.Host.Features.Kompetenceplaner;

/// <summary>
/// The checks on a well-formed plan as a whole (422), each located at the offending row:
/// <list type="bullet">
/// <item>every measure type has a default row: its own when any row names it, else the default row of type <c>*</c>;</item>
/// <item>the intervals one measure type uses on one dimension (per unit for quantities) join up without a gap;</item>
/// <item>under UNIQUE, no two ordinary rows of a type can match the same indstilling;</item>
/// <item>every level, notify recipient and team exists in the municipality.</item>
/// </list>
/// </summary>
public static class PlanCoverage
{
    public static IEnumerable<ProblemError> Check(PlanDocument plan, IReadOnlySet<string> levels, IReadOnlySet<string> teams)
    {
        var rules = plan.Rules!.Select((Rule, Index) => (Rule, Index)).ToList();
        foreach (var type in MeasureCatalogue.MeasureTypes.Append(MeasureCatalogue.AnyOtherType))
        {
            var group = rules.Where(r => r.Rule.MeasureType == type).ToList();
            if (type != MeasureCatalogue.AnyOtherType && group.Count == 0) continue; // the rows of type * apply
            if (type == MeasureCatalogue.AnyOtherType && MeasureCatalogue.MeasureTypes.All(t => rules.Any(r => r.Rule.MeasureType == t))) continue;
            if (!group.Any(r => r.Rule.Default))
                yield return ErrorMessages.Error(group.Count > 0 ? $"/rules/{group[0].Index}" : "/rules", "kompetenceplan.noDefaultRow", type);
            var ordinary = group.Where(r => !r.Rule.Default).ToList();
            foreach (var error in Gaps(type, ordinary)) yield return error;
            if (plan.HitPolicy == HitPolicy.Unique)
                foreach (var error in Overlaps(ordinary)) yield return error;
        }

        foreach (var (rule, i) in rules)
        {
            foreach (var error in Known($"/rules/{i}", rule.Level, rule.Notify, levels)) yield return error;
            foreach (var error in KnownDuties($"/rules/{i}", rule.Duties, levels)) yield return error;
            for (var j = 0; j < (rule.When?.SubmitterLevels?.Count ?? 0); j++)
                if (!levels.Contains(rule.When!.SubmitterLevels![j]))
                    yield return ErrorMessages.Error($"/rules/{i}/when/submitterLevels/{j}", "kompetenceplan.unknownLevel", rule.When.SubmitterLevels[j]);
            for (var j = 0; j < (rule.When?.SubmitterTeam?.Count ?? 0); j++)
                if (!teams.Contains(rule.When!.SubmitterTeam![j]))
                    yield return ErrorMessages.Error($"/rules/{i}/when/submitterTeam/{j}", "kompetenceplan.unknownTeam", rule.When.SubmitterTeam[j]);
        }
        for (var i = 0; i < (plan.Recentralisations?.Count ?? 0); i++)
        {
            foreach (var error in Known($"/recentralisations/{i}", plan.Recentralisations![i].Level, plan.Recentralisations[i].Notify, levels))
                yield return error;
            foreach (var error in KnownDuties($"/recentralisations/{i}", plan.Recentralisations[i].Duties, levels)) yield return error;
        }
    }

    private static IEnumerable<ProblemError> KnownDuties(string path, List<PlanDuty>? duties, IReadOnlySet<string> levels)
    {
        for (var j = 0; j < (duties?.Count ?? 0); j++)
            if (duties![j].Level is { } level && !levels.Contains(level))
                yield return ErrorMessages.Error($"{path}/duties/{j}/level", "kompetenceplan.unknownLevel", level);
    }

    private static IEnumerable<ProblemError> Known(string path, string? level, List<string>? notify, IReadOnlySet<string> levels)
    {
        if (level is not null && !levels.Contains(level)) yield return ErrorMessages.Error($"{path}/level", "kompetenceplan.unknownLevel", level);
        for (var j = 0; j < (notify?.Count ?? 0); j++)
            if (!levels.Contains(notify![j])) yield return ErrorMessages.Error($"{path}/notify/{j}", "kompetenceplan.unknownLevel", notify[j]);
    }

    private static IEnumerable<ProblemError> Gaps(string type, List<(PlanRule Rule, int Index)> rows)
    {
        var dimensions = new List<(string Key, string Member, int Index, Interval Interval)>();
        foreach (var (rule, index) in rows)
        {
            if (rule.When!.Quantity is { } q) dimensions.Add(($"quantity:{q.Unit}", "quantity", index, q));
            if (rule.When.DurationMonths is { } d) dimensions.Add(("durationMonths", "durationMonths", index, d));
            if (rule.When.AnnualCost is { } a) dimensions.Add(("annualCost", "annualCost", index, a));
            if (rule.When.TotalCost is { } t) dimensions.Add(("totalCost", "totalCost", index, t));
            if (rule.When.Aggregate is { } g) dimensions.Add(($"aggregate:{g.Scope}:{g.Period}", "aggregate", index, g));
        }
        foreach (var dimension in dimensions.GroupBy(d => d.Key))
        {
            var sorted = dimension.OrderBy(d => d.Interval.Above ?? decimal.MinValue).ToList();
            var reach = sorted[0].Interval.UpTo;
            foreach (var next in sorted.Skip(1))
            {
                if (reach is null) break;
                if (next.Interval.Above is { } above && above > reach)
                {
                    yield return ErrorMessages.Error($"/rules/{next.Index}/when/{next.Member}", "kompetenceplan.gap", type, dimension.Key, reach.Value, above);
                }
                reach = next.Interval.UpTo is { } upTo ? Math.Max(upTo, reach.Value) : null;
            }
        }
    }

    private static IEnumerable<ProblemError> Overlaps(List<(PlanRule Rule, int Index)> rows)
    {
        for (var i = 0; i < rows.Count; i++)
            for (var j = 0; j < i; j++)
                if (CanBothMatch(rows[j].Rule.When!, rows[i].Rule.When!))
                {
                    yield return ErrorMessages.Error($"/rules/{rows[i].Index}", "kompetenceplan.overlap", rows[j].Rule.Id!);
                    break;
                }
    }

    /// <summary>
    /// True when some indstilling satisfies both rows. Conditions on the submitter's levels always may, since a
    /// person can hold several levels.
    /// </summary>
    public static bool CanBothMatch(RuleConditions a, RuleConditions b) =>
        Sets(a.Subtype, b.Subtype) && Sets(a.LegalBasis?.Select(MeasureCatalogue.NormaliseLegalBasis).ToList(), b.LegalBasis?.Select(MeasureCatalogue.NormaliseLegalBasis).ToList())
        && Sets(a.ProviderKind, b.ProviderKind) && Sets(a.ProviderFinancing, b.ProviderFinancing)
        && (a.Quantity is null || b.Quantity is null || (a.Quantity.Unit == b.Quantity.Unit && Intervals(a.Quantity, b.Quantity)))
        && Intervals(a.DurationMonths, b.DurationMonths) && Intervals(a.AnnualCost, b.AnnualCost) && Intervals(a.TotalCost, b.TotalCost)
        && (a.Aggregate is null || b.Aggregate is null || a.Aggregate.Scope != b.Aggregate.Scope || Intervals(a.Aggregate, b.Aggregate))
        && Flags(a.Consent, b.Consent) && Sets(a.SubmitterTeam, b.SubmitterTeam) && Flags(a.SubmitterExperienced, b.SubmitterExperienced);

    private static bool Sets(List<string>? a, List<string>? b) => a is null || b is null || a.Intersect(b).Any();

    private static bool Flags(bool? a, bool? b) => a is null || b is null || a == b;

    private static bool Intervals(Interval? a, Interval? b)
    {
        if (a is null || b is null) return true;
        var lower = Math.Max(a.Above ?? decimal.MinValue, b.Above ?? decimal.MinValue);
        var upper = Math.Min(a.UpTo ?? decimal.MaxValue, b.UpTo ?? decimal.MaxValue);
        return lower < upper;
    }
}
