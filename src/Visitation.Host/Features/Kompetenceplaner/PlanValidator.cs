using Visitation.Host.Infrastructure.Behaviors;
using Visitation.Host.Infrastructure.Errors;

namespace Visitation.Host.Features.Kompetenceplaner;

/// <summary>
/// The checks on a plan's own fields (400): required fields, known codes, intervals, amounts, one default row per type.
/// <see cref="PlanCoverage"/> then checks the table as a whole (422).
/// </summary>
public static class PlanValidator
{
    public static IEnumerable<ProblemError> Validate(PlanDocument plan)
    {
        if (plan.EffectiveFrom is null) yield return ErrorMessages.Error("/effectiveFrom", "field.required");
        if (plan.HitPolicy is null) yield return ErrorMessages.Error("/hitPolicy", "field.required");
        foreach (var error in FieldRules.Text("/note", plan.Note, 500, required: false)) yield return error;
        if (plan.Rules is not { Count: > 0 })
        {
            yield return ErrorMessages.Error("/rules", "field.required");
            yield break;
        }

        var ids = new HashSet<string>();
        var defaults = new HashSet<string>();
        for (var i = 0; i < plan.Rules.Count; i++)
        {
            var rule = plan.Rules[i];
            var path = $"/rules/{i}";
            if (rule is null)
            {
                yield return ErrorMessages.Error(path, "field.required");
                continue;
            }
            foreach (var error in Id($"{path}/id", rule.Id, ids)) yield return error;
            if (rule.MeasureType != MeasureCatalogue.AnyOtherType)
                foreach (var error in FieldRules.OneOf($"{path}/measureType", rule.MeasureType, [.. MeasureCatalogue.MeasureTypes, MeasureCatalogue.AnyOtherType]))
                    yield return error;
            foreach (var error in Outcome(path, rule.Level, rule.Notify, rule.Gates)) yield return error;
            foreach (var error in Duties(path, rule.Duties, rule.Gates)) yield return error;
            foreach (var error in FieldRules.Text($"{path}/description", rule.Description, 500, required: false)) yield return error;
            foreach (var error in FieldRules.Text($"{path}/assumption", rule.Assumption, 2000, required: false)) yield return error;
            if (plan.HitPolicy == HitPolicy.Priority && !rule.Default && rule.Priority is null)
                yield return ErrorMessages.Error($"{path}/priority", "kompetenceplan.priorityRequired");
            if (rule.Default)
            {
                if (rule.When is { IsEmpty: false }) yield return ErrorMessages.Error($"{path}/when", "kompetenceplan.defaultWithConditions");
                if (rule.MeasureType is not null && !defaults.Add(rule.MeasureType))
                    yield return ErrorMessages.Error($"{path}/default", "kompetenceplan.duplicateDefault", rule.MeasureType);
            }
            else if (rule.When is null || rule.When.IsEmpty) yield return ErrorMessages.Error($"{path}/when", "kompetenceplan.ruleWithoutConditions");
            else foreach (var error in Conditions($"{path}/when", rule.When)) yield return error;
        }

        var recentralised = new HashSet<string>();
        for (var i = 0; i < (plan.Recentralisations?.Count ?? 0); i++)
        {
            var r = plan.Recentralisations![i];
            var path = $"/recentralisations/{i}";
            foreach (var error in Id($"{path}/id", r.Id, ids)) yield return error;
            foreach (var error in FieldRules.OneOf($"{path}/measureType", r.MeasureType, MeasureCatalogue.MeasureTypes)) yield return error;
            if (r.MeasureType is not null && !recentralised.Add(r.MeasureType))
                yield return ErrorMessages.Error($"{path}/measureType", "kompetenceplan.duplicateRecentralisation", r.MeasureType);
            foreach (var error in Outcome(path, r.Level, r.Notify, null)) yield return error;
            foreach (var error in Duties(path, r.Duties, null)) yield return error;
            foreach (var error in FieldRules.Text($"{path}/reason", r.Reason, 500)) yield return error;
            if (r.Until is null) yield return ErrorMessages.Error($"{path}/until", "field.required");
            else if (r.From is { } from && from > r.Until) yield return ErrorMessages.Error($"{path}/until", "kompetenceplan.untilBeforeFrom");
        }
    }

    private static IEnumerable<ProblemError> Id(string path, string? id, HashSet<string> seen)
    {
        if (!MeasureCatalogue.IsCode(id)) yield return ErrorMessages.Error(path, "organisation.invalidCode");
        else if (!seen.Add(id!)) yield return ErrorMessages.Error(path, "kompetenceplan.duplicateRuleId", id!);
    }

    private static IEnumerable<ProblemError> Outcome(string path, string? level, List<string>? notify, List<string>? gates)
    {
        if (string.IsNullOrEmpty(level)) yield return ErrorMessages.Error($"{path}/level", "field.required");
        else if (!MeasureCatalogue.IsCode(level)) yield return ErrorMessages.Error($"{path}/level", "organisation.invalidCode");
        for (var j = 0; j < (notify?.Count ?? 0); j++)
            if (!MeasureCatalogue.IsCode(notify![j])) yield return ErrorMessages.Error($"{path}/notify/{j}", "organisation.invalidCode");
        for (var j = 0; j < (gates?.Count ?? 0); j++)
            foreach (var error in FieldRules.OneOf($"{path}/gates/{j}", gates![j], MeasureCatalogue.Gates)) yield return error;
    }

    /// <summary>
    /// Each duty names a known kind and a level code; at most one approval per level. A row whose gates ask for
    /// <c>ledelsesgodkendelse</c> must say who approves, since the gate is met by that approval and nothing else.
    /// </summary>
    private static IEnumerable<ProblemError> Duties(string path, List<PlanDuty>? duties, List<string>? gates)
    {
        var approvers = new HashSet<string>();
        for (var j = 0; j < (duties?.Count ?? 0); j++)
        {
            var duty = duties![j];
            var dutyPath = $"{path}/duties/{j}";
            if (duty is null)
            {
                yield return ErrorMessages.Error(dutyPath, "field.required");
                continue;
            }
            foreach (var error in FieldRules.OneOf($"{dutyPath}/kind", duty.Kind, PlanDuty.Kinds)) yield return error;
            if (string.IsNullOrEmpty(duty.Level)) yield return ErrorMessages.Error($"{dutyPath}/level", "field.required");
            else if (!MeasureCatalogue.IsCode(duty.Level)) yield return ErrorMessages.Error($"{dutyPath}/level", "organisation.invalidCode");
            else if (duty.Kind == PlanDuty.ApproveBy && !approvers.Add(duty.Level))
                yield return ErrorMessages.Error($"{dutyPath}/level", "kompetenceplan.duplicateDuty", duty.Level);
            if (duty.Waits is not null && duty.Kind != PlanDuty.JustifyTo) yield return ErrorMessages.Error($"{dutyPath}/waits", "kompetenceplan.waitsOnlyJustify");
        }
        var gateIndex = gates?.IndexOf("ledelsesgodkendelse") ?? -1;
        if (gateIndex >= 0 && approvers.Count == 0) yield return ErrorMessages.Error($"{path}/gates/{gateIndex}", "kompetenceplan.approvalGateWithoutApprover");
    }

    private static IEnumerable<ProblemError> Conditions(string path, RuleConditions when)
    {
        if (when.Aggregate is { } aggregate)
        {
            foreach (var error in FieldRules.OneOf($"{path}/aggregate/scope", aggregate.Scope, AggregateCondition.Scopes)) yield return error;
            foreach (var error in FieldRules.OneOf($"{path}/aggregate/period", aggregate.Period, AggregateCondition.Periods)) yield return error;
            foreach (var error in Bounds($"{path}/aggregate", aggregate, money: true)) yield return error;
        }
        foreach (var error in Set($"{path}/subtype", when.Subtype, null)) yield return error;
        foreach (var error in Set($"{path}/legalBasis", when.LegalBasis, null, free: true)) yield return error;
        foreach (var error in Set($"{path}/providerKind", when.ProviderKind, MeasureCatalogue.ProviderKinds)) yield return error;
        foreach (var error in Set($"{path}/providerFinancing", when.ProviderFinancing, MeasureCatalogue.ProviderFinancings)) yield return error;
        foreach (var error in Set($"{path}/submitterTeam", when.SubmitterTeam, null)) yield return error;
        foreach (var error in Set($"{path}/submitterLevels", when.SubmitterLevels, null)) yield return error;
        if (when.Quantity is { } quantity)
        {
            foreach (var error in FieldRules.OneOf($"{path}/quantity/unit", quantity.Unit, MeasureCatalogue.Units)) yield return error;
            foreach (var error in Bounds($"{path}/quantity", quantity, money: false)) yield return error;
        }
        foreach (var error in Bounds($"{path}/durationMonths", when.DurationMonths, money: false)) yield return error;
        foreach (var error in Bounds($"{path}/annualCost", when.AnnualCost, money: true)) yield return error;
        foreach (var error in Bounds($"{path}/totalCost", when.TotalCost, money: true)) yield return error;
    }

    private static IEnumerable<ProblemError> Set(string path, List<string>? values, IReadOnlyList<string>? allowed, bool free = false)
    {
        if (values is null) yield break;
        if (values.Count == 0) yield return ErrorMessages.Error(path, "field.required");
        for (var j = 0; j < values.Count; j++)
        {
            var itemPath = $"{path}/{j}";
            if (allowed is not null) foreach (var error in FieldRules.OneOf(itemPath, values[j], allowed)) yield return error;
            else if (free) foreach (var error in FieldRules.Text(itemPath, values[j], 50)) yield return error;
            else if (!MeasureCatalogue.IsCode(values[j])) yield return ErrorMessages.Error(itemPath, "organisation.invalidCode");
        }
    }

    private static IEnumerable<ProblemError> Bounds(string path, Interval? interval, bool money)
    {
        if (interval is null) yield break;
        if (interval.Above is null && interval.UpTo is null) yield return ErrorMessages.Error(path, "kompetenceplan.intervalWithoutBound");
        if (interval.Above is { } above && interval.UpTo is { } upTo && above >= upTo)
            yield return ErrorMessages.Error($"{path}/upTo", "kompetenceplan.emptyInterval");
        if (!money) yield break;
        foreach (var error in Money($"{path}/above", interval.Above)) yield return error;
        foreach (var error in Money($"{path}/upTo", interval.UpTo)) yield return error;
    }

    /// <summary>Amounts are kroner with at most 2 decimals (D13).</summary>
    public static IEnumerable<ProblemError> Money(string path, decimal? value)
    {
        if (value is { } v && decimal.Round(v, 2) != v) yield return ErrorMessages.Error(path, "field.tooManyDecimals", 2);
    }
}
