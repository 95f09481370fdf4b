using Visitation.Host.Features.Organisation;

namespace Visitation.Host.Features.Kompetenceplaner;

/// <summary>The measure an indstilling proposes, as far as routing needs it. Only <see cref="Type"/> is required.</summary>
public sealed record MeasureInput(
    string Type,
    string? Subtype = null,
    string? LegalBasis = null,
    string? ProviderKind = null,
    string? ProviderFinancing = null,
    QuantityInput? Quantity = null,
    decimal? DurationMonths = null,
    decimal? AnnualCost = null,
    decimal? TotalCost = null,
    bool? Consent = null,
    decimal? ChildYearCost = null,
    decimal? FamilyYearCost = null);

public sealed record QuantityInput(decimal? Value, string? Unit);

/// <summary>The submitting caseworker's attributes that a plan's conditions may use.</summary>
public sealed record SubmitterProfile(string Username, string? Team, bool Experienced, IReadOnlyList<string> Levels);

/// <summary>A competence level as routing reports it.</summary>
public sealed record LevelInfo(string Code, string Name, LevelKind Kind);

public sealed record Explanation(string Da, string En);

/// <summary>
/// Which level decides an indstilling, under which plan version and rule, who gets a copy, which gates apply and why.
/// A decision stores <see cref="PlanVersion"/> and <see cref="RuleId"/>.
/// </summary>
public sealed record Routing(LevelInfo Level, string RuleId, int PlanVersion, IReadOnlyList<string> Notify, IReadOnlyList<string> Gates,
    Explanation Explanation)
{
    /// <summary>The duties of the row or re-centralisation, with their levels resolved.</summary>
    public IReadOnlyList<RoutedDuty> Duties { get; init; } = [];
}

/// <summary>A duty as routing reports it: the kind (<see cref="PlanDuty.Kinds"/>), the level, and whether the decision waits for it.</summary>
public sealed record RoutedDuty(string Kind, LevelInfo Level, bool Waits);
