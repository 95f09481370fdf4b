using System.Text.Json.Serialization;

namespace Visitation.Host.Features.Kompetenceplaner;

/// <summary>How the rows of a competence plan combine (DMN hit policies).</summary>
[JsonConverter(typeof(JsonStringEnumConverter<HitPolicy>))]
public enum HitPolicy
{
    /// <summary>At most one ordinary row may match any indstilling; overlaps are refused on save.</summary>
    Unique,

    /// <summary>The first matching row in the table's order decides.</summary>
    First,

    /// <summary>Of the matching rows, the one with the highest <see cref="PlanRule.Priority"/> decides (ties: the earlier row).</summary>
    Priority,
}

/// <summary>
/// A competence plan as the Studio and the example files write it: a decision table per measure type, and
/// temporary re-centralisations. Every field may be missing on the wire; the validator says which must not be.
/// </summary>
public sealed record PlanDocument
{
    public DateOnly? EffectiveFrom { get; init; }

    public HitPolicy? HitPolicy { get; init; }

    /// <summary>What changed in this version, for the version list.</summary>
    public string? Note { get; init; }

    public List<PlanRule>? Rules { get; init; }

    public List<Recentralisering>? Recentralisations { get; init; }
}

/// <summary>
/// One row. An ordinary row applies when every condition in <see cref="When"/> holds (a missing condition holds for
/// everything; a condition on a value the indstilling does not give does not hold). The <see cref="Default"/> row of a
/// measure type has no conditions and applies when no ordinary row of that type does. Rows of measure type <c>*</c>
/// apply to every type that no row names.
/// </summary>
public sealed record PlanRule
{
    public string? Id { get; init; }

    public string? MeasureType { get; init; }

    public bool Default { get; init; }

    public RuleConditions? When { get; init; }

    /// <summary>The code of the competence level that decides.</summary>
    public string? Level { get; init; }

    /// <summary>Levels that get a copy of the decision (with its price) but do not approve it.</summary>
    public List<string>? Notify { get; init; }

    /// <summary>Extra gates that must be passed before the decision (codes of <see cref="MeasureCatalogue.Gates"/>).</summary>
    public List<string>? Gates { get; init; }

    /// <summary>What the decision obliges besides deciding: copies, information, a justification, an approval (docs/duties.md).</summary>
    public List<PlanDuty>? Duties { get; init; }

    public int? Priority { get; init; }

    public string? Description { get; init; }

    /// <summary>Where the municipality's own table is silent or ambiguous: the reading chosen, and why.</summary>
    public string? Assumption { get; init; }
}

/// <summary>The conditions of a row. Lists are sets (the value must be one of them); intervals are "above" (&gt;) and "up to" (≤).</summary>
public sealed record RuleConditions
{
    public List<string>? Subtype { get; init; }

    public List<string>? LegalBasis { get; init; }

    public List<string>? ProviderKind { get; init; }

    public List<string>? ProviderFinancing { get; init; }

    public QuantityCondition? Quantity { get; init; }

    public Interval? DurationMonths { get; init; }

    /// <summary>Expected annual cost in kroner.</summary>
    public CostInterval? AnnualCost { get; init; }

    /// <summary>Expected total cost in kroner.</summary>
    public CostInterval? TotalCost { get; init; }

    public bool? Consent { get; init; }

    public List<string>? SubmitterTeam { get; init; }

    public bool? SubmitterExperienced { get; init; }

    /// <summary>The submitter holds at least one of these competence levels.</summary>
    public List<string>? SubmitterLevels { get; init; }

    /// <summary>The amount granted to the child or the family in a period, this measure included (docs/duties.md).</summary>
    public AggregateCondition? Aggregate { get; init; }

    [JsonIgnore]
    public bool IsEmpty => Subtype is null && LegalBasis is null && ProviderKind is null && ProviderFinancing is null && Quantity is null
        && DurationMonths is null && AnnualCost is null && TotalCost is null && Consent is null && SubmitterTeam is null
        && SubmitterExperienced is null && SubmitterLevels is null && Aggregate is null;
}

/// <summary>A half-open interval (Above, UpTo]: "above N" means &gt; N, "up to N" means ≤ N; a missing bound is open.</summary>
public record Interval
{
    public decimal? Above { get; init; }

    public decimal? UpTo { get; init; }

    public bool Contains(decimal value) => (Above is not { } above || value > above) && (UpTo is not { } upTo || value <= upTo);
}

/// <summary>An interval of kroner (at most 2 decimals), stored as øre.</summary>
public sealed record CostInterval : Interval;

/// <summary>A quantity in one unit; per month unless the unit says otherwise (<see cref="MeasureCatalogue.Units"/>).</summary>
public sealed record QuantityCondition : Interval
{
    public string? Unit { get; init; }
}

/// <summary>
/// A temporary re-centralisation: while it lasts (from <see cref="From"/>, if given, up to and including
/// <see cref="Until"/>) every indstilling of the measure type goes to <see cref="Level"/>, whatever the table says.
/// </summary>
public sealed record Recentralisering
{
    public string? Id { get; init; }

    public string? MeasureType { get; init; }

    public string? Level { get; init; }

    public string? Reason { get; init; }

    public DateOnly? From { get; init; }

    public DateOnly? Until { get; init; }

    public List<string>? Notify { get; init; }

    /// <summary>Duties that hold while the re-centralisation lasts, as on a row.</summary>
    public List<PlanDuty>? Duties { get; init; }

    public bool IsActiveOn(DateOnly day) => (From is not { } from || day >= from) && Until is { } until && day <= until;
}

/// <summary>
/// An amount in kroner summed over every grant to the child (<c>child</c>) or to the family (<c>family</c>: the children
/// whose cases share a custody holder) in force in the <see cref="Period"/> (<c>calendar-year</c>), pro rata by the cost
/// rule, plus the measure being decided.
/// </summary>
public sealed record AggregateCondition : Interval
{
    public const string Child = "child";
    public const string Family = "family";
    public const string CalendarYear = "calendar-year";

    public static readonly IReadOnlyList<string> Scopes = [Child, Family];

    public static readonly IReadOnlyList<string> Periods = [CalendarYear];

    public string? Scope { get; init; }

    public string? Period { get; init; }
}

/// <summary>
/// A duty of a decision towards a level (docs/duties.md): <c>copy</c> and <c>copy-with-price</c> deliver the decision,
/// <c>inform</c> tells that a decision was made, <c>justify-to</c> asks the decider for a justification delivered to the
/// level (the decision waits for it when <see cref="Waits"/>), <c>approve-by</c> makes an approval task for the level that
/// the decision waits for.
/// </summary>
public sealed record PlanDuty
{
    public const string Copy = "copy";
    public const string CopyWithPrice = "copy-with-price";
    public const string Inform = "inform";
    public const string JustifyTo = "justify-to";
    public const string ApproveBy = "approve-by";

    public static readonly IReadOnlyList<string> Kinds = [Copy, CopyWithPrice, Inform, JustifyTo, ApproveBy];

    public string? Kind { get; init; }

    public string? Level { get; init; }

    /// <summary>For <c>justify-to</c>: the decision cannot be granted before the justification is written. <c>approve-by</c> always waits.</summary>
    public bool? Waits { get; init; }

    [JsonIgnore]
    public bool Blocks => Kind == ApproveBy || (Kind == JustifyTo && Waits == true);
}
