using Visitation.Host.Infrastructure.Tenancy;

namespace Visitation.Host.Features.Oekonomi;

/// <summary>
/// One line of a municipality's budget for a year: a measure type under a policy area (politikområde), with its
/// assumptions, a count of children at an average annual price per child; the amount is their product rounded to
/// whole øre (docs/economy.md). A measure type has at most one line a year. Every change raises
/// <see cref="Version"/> and leaves a <see cref="BudgetLineVersion"/> behind.
/// </summary>
public sealed class BudgetLine : ITenantScoped
{
    public Guid Id { get; set; }

    public Guid KommuneId { get; set; }

    public int Aar { get; set; }

    public required string Politikomraade { get; set; }

    public required string IndsatsType { get; set; }

    /// <summary>Budgeted number of children (on average over the year), at most two decimals.</summary>
    public decimal Antal { get; set; }

    /// <summary>Average price per child per year, in øre.</summary>
    public long GennemsnitsprisOere { get; set; }

    public int Version { get; set; }

    public required string AendretAf { get; set; }

    public DateTimeOffset AendretAt { get; set; }

    /// <summary>The line's amount in kroner: count × average price, rounded to whole øre.</summary>
    public decimal Beloeb => Economy.Amount(Antal, GennemsnitsprisOere / 100m);
}

/// <summary>A line as it was after one change (or its removal): the budget's history, never changed.</summary>
public sealed class BudgetLineVersion : ITenantScoped
{
    public long Id { get; set; }

    public Guid KommuneId { get; set; }

    public Guid BudgetLineId { get; set; }

    public int Aar { get; set; }

    public required string Politikomraade { get; set; }

    public required string IndsatsType { get; set; }

    public int Version { get; set; }

    public decimal Antal { get; set; }

    public long GennemsnitsprisOere { get; set; }

    public bool Fjernet { get; set; }

    public required string AendretAf { get; set; }

    public DateTimeOffset AendretAt { get; set; }
}

/// <summary>
/// One line of actual spending from the finance system: what one child's measure cost in one month. Lines come in
/// by import only, a month at a time (an import replaces the months it holds).
/// </summary>
public sealed class ActualLine : ITenantScoped
{
    public long Id { get; set; }

    public Guid KommuneId { get; set; }

    public Guid ImportId { get; set; }

    public int Aar { get; set; }

    public int Maaned { get; set; }

    public Guid SagId { get; set; }

    public required string IndsatsType { get; set; }

    public long BeloebOere { get; set; }
}

/// <summary>An import of actuals: who, when, which months, how many lines and their total.</summary>
public sealed class ActualsImport : ITenantScoped
{
    public Guid Id { get; set; }

    public Guid KommuneId { get; set; }

    public required string FilNavn { get; set; }

    /// <summary>The months the import holds, as <c>yyyy-MM</c> separated by commas.</summary>
    public required string Maaneder { get; set; }

    public int Linjer { get; set; }

    public long TotalOere { get; set; }

    public required string ImporteretAf { get; set; }

    public DateTimeOffset ImporteretAt { get; set; }
}

/// <summary>The municipality's forecast settings: the probability that a pending indstilling is granted, and the yearly pool for unknown inflow.</summary>
public sealed class OekonomiSettings : ITenantScoped
{
    public const int DefaultGrantProbabilityPercent = 80;

    public Guid KommuneId { get; set; }

    public int BevillingsSandsynlighedPct { get; set; } = DefaultGrantProbabilityPercent;

    public long PuljeOere { get; set; }

    public static OekonomiSettings Default(Guid kommuneId) => new() { KommuneId = kommuneId };
}

/// <summary>The forecast of a year as it stood at the start of a month, kept so its accuracy can be measured against the year's actuals.</summary>
public sealed class ForecastSnapshot : ITenantScoped
{
    public long Id { get; set; }

    public Guid KommuneId { get; set; }

    public int Aar { get; set; }

    public int Maaned { get; set; }

    public DateTimeOffset TagetAt { get; set; }

    public long BudgetOere { get; set; }

    public long FaktiskOere { get; set; }

    public long DisponeretOere { get; set; }

    public long VerserendeOere { get; set; }

    public long NyeSagerOere { get; set; }

    public long PuljeOere { get; set; }

    public long PrognoseOere { get; set; }
}
