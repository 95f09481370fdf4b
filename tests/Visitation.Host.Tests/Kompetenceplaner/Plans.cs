using Visitation.Host.Features.Kompetenceplaner;
using Visitation.Host.Features.Organisation;
using Visitation.Host.Infrastructure.Seeding;

namespace Visitation.Host.Tests.Kompetenceplaner;

/// <summary>Routes through the shipped example plans without a database.</summary>
public static class Plans
{
    public static readonly DateOnly Day = new(2026, 11, 25);

    public static ExampleMunicipalities.MunicipalityFile File(string code) => ExampleMunicipalities.All.Single(f => f.Kommune.Code == code);

    public static IReadOnlyList<LevelInfo> Levels(ExampleMunicipalities.MunicipalityFile file) =>
        file.Levels.Select(l => new LevelInfo(l.Id, l.Name, l.Kind)).ToList();

    public static Routing Route(string code, MeasureInput measure, SubmitterProfile? submitter = null, DateOnly? day = null)
    {
        var file = File(code);
        return KompetenceplanEvaluator.Evaluate(file.Plan, 1, Levels(file), measure, submitter, day ?? Day)
            ?? throw new Xunit.Sdk.XunitException($"No routing in {code} for {measure.Type}");
    }

    public static MeasureInput Measure(string type, string? subtype = null, string? provider = null, decimal? quantity = null, string? unit = null,
        decimal? months = null, bool? consent = null, string? legalBasis = null, decimal? annualCost = null) =>
        new(type, subtype, legalBasis, provider, null, quantity is null ? null : new QuantityInput(quantity, unit), months, annualCost, null, consent);

    public static PlanRule Row(string id, string type, string level, RuleConditions? when = null, bool isDefault = false, int? priority = null) =>
        new() { Id = id, MeasureType = type, Level = level, When = when, Default = isDefault, Priority = priority };

    /// <summary>A minimal valid plan: defaults for familiebehandling and for every other type.</summary>
    public static PlanDocument Minimal(HitPolicy policy, params PlanRule[] rows) => new()
    {
        EffectiveFrom = new DateOnly(2026, 1, 1),
        HitPolicy = policy,
        Rules = [.. rows, Row("fb-standard", "familiebehandling", "teamleder", isDefault: true), Row("oevrige", "*", "teamleder", isDefault: true)],
    };

    public static readonly IReadOnlyList<LevelInfo> TestLevels =
    [
        new("raadgiver", "Rådgiver", LevelKind.Role), new("teamleder", "Teamleder", LevelKind.Level),
        new("afdelingsleder", "Afdelingsleder", LevelKind.Level), new("visitationsudvalg", "Visitationsudvalg", LevelKind.Forum),
    ];
}
