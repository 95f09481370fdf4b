namespace Visitation.Host.Features.Kompetenceplaner;

/// <summary>One version of the plan; <c>inForce</c> marks the version that routes indstillinger today.</summary>
public sealed record PlanVersionView(int Version, DateOnly EffectiveFrom, DateTimeOffset SavedAt, string SavedBy, bool InForce, PlanDocument Plan,
    IReadOnlyList<StatutoryRuleView> StatutoryRules)
{
    public static PlanVersionView From(Kompetenceplan plan, bool inForce) =>
        new(plan.Version, plan.EffectiveFrom, plan.SavedAt, plan.SavedBy, inForce, PlanStorage.Read(plan.Document), [StatutoryRuleView.Paragraph47]);
}

/// <summary>A rule that every plan has by law and that comes before the table.</summary>
public sealed record StatutoryRuleView(string Id, string MeasureType, string Level, string Da, string En)
{
    public static readonly StatutoryRuleView Paragraph47 = new(KompetenceplanEvaluator.StatutoryRuleId, MeasureCatalogue.Anbringelse,
        Organisation.Kompetenceniveau.BoerneOgUngeudvalget,
        "Anbringelse uden samtykke (consent false, eller lovgrundlag BL-47 / SEL-58) afgøres af Børne- og ungeudvalget.",
        "A placement without consent (consent false, or legal basis BL-47 / SEL-58) is decided by Børne- og ungeudvalget.");
}

/// <summary><c>savedByName</c> is the display name of the user who saved the version; null when no user did (shipped with the product).</summary>
public sealed record PlanVersionSummary(int Version, DateOnly EffectiveFrom, DateTimeOffset SavedAt, string SavedBy, string? Note, bool InForce,
    string? SavedByName = null);

/// <summary>The version in force today (null when none has taken effect) and every saved version, newest first.</summary>
public sealed record PlanListView(PlanVersionView? Current, IReadOnlyList<PlanVersionSummary> Versions);
