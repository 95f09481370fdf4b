using System.Text.Json;
using Visitation.Host.Features.Kompetenceplaner;
using Visitation.Host.Features.Oekonomi;
using Visitation.Host.Infrastructure.Behaviors;
using Visitation.Host.Infrastructure.Errors;

namespace Visitation.Host.Features.Indstillinger;

public sealed record MeasureFields(string? Type, string? Subtype, string? LegalBasis, string? Provider, string? ProviderKind, string? ProviderFinancing);

public sealed record ScopeFields(decimal? Quantity, string? Unit, decimal? UnitPrice);

/// <summary>The gates' evidence: each true when done; a family group conference not held needs a reason.</summary>
public sealed record GateEvidence(bool BarnetsPlan, bool Boernesamtale, bool Familieraadslagning, string? FamilieraadslagningReason, bool Netvaerkskort,
    bool Ledelsesgodkendelse);

/// <summary>What the caseworker enters for an indstilling; the rest (costs) is computed.</summary>
public sealed record IndstillingInput(string? Needs, MeasureFields? Measure, ScopeFields? Scope, DateOnly? Start, DateOnly? ExpectedEnd,
    IReadOnlyList<string>? Goals, string? FollowUpCadence, string? Alternatives, bool? Consent, GateEvidence? Gates)
{
    public const int MaxGoals = 3;

    public IEnumerable<ProblemError> Validate()
    {
        foreach (var error in FieldRules.Text("/needs", Needs, 8000)) yield return error;
        if (Measure is null) { yield return ErrorMessages.Error("/measure", "field.required"); }
        else
        {
            foreach (var error in FieldRules.OneOf("/measure/type", Measure.Type, MeasureCatalogue.MeasureTypes)) yield return error;
            foreach (var error in FieldRules.Text("/measure/subtype", Measure.Subtype, 64, required: false)) yield return error;
            foreach (var error in FieldRules.Text("/measure/legalBasis", Measure.LegalBasis, 32)) yield return error;
            foreach (var error in FieldRules.Text("/measure/provider", Measure.Provider, 200, required: false)) yield return error;
            if (Measure.ProviderKind is not null) foreach (var error in FieldRules.OneOf("/measure/providerKind", Measure.ProviderKind, MeasureCatalogue.ProviderKinds)) yield return error;
            if (Measure.ProviderFinancing is not null) foreach (var error in FieldRules.OneOf("/measure/providerFinancing", Measure.ProviderFinancing, MeasureCatalogue.ProviderFinancings)) yield return error;
        }
        if (Scope is null) { yield return ErrorMessages.Error("/scope", "field.required"); }
        else
        {
            if (Scope.Quantity is not { } quantity || quantity < 0) yield return ErrorMessages.Error("/scope/quantity", "field.required");
            else if (quantity > Oekonomi.ProjectCommitment.MaxQuantity)
                yield return ErrorMessages.Error("/scope/quantity", "field.outOfRange", 0, Oekonomi.ProjectCommitment.MaxQuantity);
            foreach (var error in FieldRules.OneOf("/scope/unit", Scope.Unit, CostRule.Units)) yield return error;
            if (Scope.UnitPrice is null || Scope.UnitPrice < 0) yield return ErrorMessages.Error("/scope/unitPrice", "field.required");
            else if (Scope.UnitPrice > Oekonomi.ProjectCommitment.MaxUnitPrice)
                yield return ErrorMessages.Error("/scope/unitPrice", "field.outOfRange", 0, Oekonomi.ProjectCommitment.MaxUnitPrice);
            foreach (var error in PlanValidator.Money("/scope/unitPrice", Scope.UnitPrice)) yield return error;
        }
        if (Start is null) yield return ErrorMessages.Error("/start", "field.required");
        // The cost rule adds months and years to these dates; far-off years overflow the calendar.
        if (Start is { Year: < Frister.ComputeFrist.FirstYear or > Frister.ComputeFrist.LastYear })
            yield return ErrorMessages.Error("/start", "field.outOfRange", Frister.ComputeFrist.FirstYear, Frister.ComputeFrist.LastYear);
        if (ExpectedEnd is { Year: < Frister.ComputeFrist.FirstYear or > Frister.ComputeFrist.LastYear })
            yield return ErrorMessages.Error("/expectedEnd", "field.outOfRange", Frister.ComputeFrist.FirstYear, Frister.ComputeFrist.LastYear);
        if (Start is { } start && ExpectedEnd is { } end && end < start) yield return ErrorMessages.Error("/expectedEnd", "indstilling.endBeforeStart");
        if (Goals is null || Goals.Count == 0) yield return ErrorMessages.Error("/goals", "indstilling.goalRequired");
        else
        {
            if (Goals.Count > MaxGoals) yield return ErrorMessages.Error("/goals", "indstilling.tooManyGoals", MaxGoals);
            for (var i = 0; i < Goals.Count; i++) foreach (var error in FieldRules.Text($"/goals/{i}", Goals[i], 500)) yield return error;
        }
        if (FollowUpCadence is null || !System.Text.RegularExpressions.Regex.IsMatch(FollowUpCadence, "^P([1-9][0-9]?[MW]|[1-9][0-9]{0,2}D)$"))
            yield return ErrorMessages.Error("/followUpCadence", "indstilling.invalidCadence");
        foreach (var error in FieldRules.Text("/alternatives", Alternatives, 4000, required: false)) yield return error;
        foreach (var error in FieldRules.Text("/gates/familieraadslagningReason", Gates?.FamilieraadslagningReason, 2000, required: false)) yield return error;
    }

    /// <summary>Expected cost this calendar year and in total (open-ended help: its first 12 months), as <see cref="ExpectedAmounts"/> defines them.</summary>
    public (decimal ThisYear, decimal Total) Costs(int thisYear)
    {
        var amounts = ExpectedAmounts.Of(new CostScope(Scope!.Quantity!.Value, Scope.Unit!, Scope.UnitPrice!.Value, Start!.Value, ExpectedEnd), thisYear);
        return (amounts.ThisYear, amounts.Total);
    }

    public string GoalsJson() => JsonSerializer.Serialize(Goals!.Select(g => g.Trim()));

    public string GatesJson() => JsonSerializer.Serialize(Gates ?? new GateEvidence(false, false, false, null, false, false), JsonSerializerOptions.Web);
}
