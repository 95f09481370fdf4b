namespace Visitation.Host.Features.Noegletal;

/// <summary>A national reference figure and where it comes from.</summary>
public sealed record NationaltTalView(decimal Value, string Source);

/// <summary>
/// One nøgletal as the Studio shows it: value (per cent for a share), numerator and denominator, the municipality's
/// target, the national figure, the definition in Danish and English, and its parts.
/// </summary>
public sealed record NoegletalView(
    string Id, NoegletalEnhed Unit, bool HigherIsBetter, string TitleDa, string TitleEn, string DefinitionDa, string DefinitionEn,
    decimal? Value, int Numerator, int? Denominator, decimal? Target, NationaltTalView? National, bool? MeetsTarget,
    IReadOnlyList<NoegletalBreakdown> Breakdown);

public sealed record NoegletalOverviewView(
    string Period, DateOnly From, DateOnly To, string Scope, string Audience, DateTimeOffset ComputedAt, IReadOnlyList<NoegletalView> Items);

/// <summary>A case behind a figure, with what the drill-down lists: number, child, tovholder, status.</summary>
public sealed record NoegletalSagView(Guid SagId, string Sagsnummer, string BarnNavn, string? Tovholder, string Status);

public sealed record NoegletalSagerView(string Id, string Part, string Period, string Scope, IReadOnlyList<NoegletalSagView> Cases);

public sealed record NoegletalMaalView(string Id, decimal? Target, string? SetBy, DateTimeOffset? SetAt);
