using Visitation.Host.Features.Organisation;

namespace Visitation.Host.Features.Kompetenceplaner;

/// <summary>
/// Routes one indstilling through one version of a competence plan (D6). The order of evaluation:
/// <list type="number">
/// <item>Anbringelse without consent (or on a § 47 legal basis) always goes to Børne- og ungeudvalget (rule <c>barnets-lov-47</c>).</item>
/// <item>An active re-centralisation of the measure type overrides the table.</item>
/// <item>The rows of the measure type (or, when no row names it, the rows of type <c>*</c>) under the plan's hit policy.</item>
/// <item>The default row of that type, when no ordinary row applies.</item>
/// </list>
/// Pure: no database, no clock; the caller passes the day in the municipality's calendar.
/// </summary>
public static partial class KompetenceplanEvaluator
{
    public const string StatutoryRuleId = "barnets-lov-47";

    /// <summary>Null only when the plan covers nothing for the type, which the validator refuses on save.</summary>
    public static Routing? Evaluate(PlanDocument plan, int version, IReadOnlyCollection<LevelInfo> levels, MeasureInput measure,
        SubmitterProfile? submitter, DateOnly day)
    {
        var levelsByCode = levels.ToDictionary(l => l.Code);
        LevelInfo Level(string code) => levelsByCode.TryGetValue(code, out var level) ? level
            : code == Kompetenceniveau.BoerneOgUngeudvalget ? new LevelInfo(code, Kompetenceniveau.BoerneOgUngeudvalgetName, LevelKind.Forum)
            : new LevelInfo(code, code, LevelKind.Level);

        if (IsPlacementWithoutConsent(measure))
        {
            var buu = Level(Kompetenceniveau.BoerneOgUngeudvalget);
            return WithDuties(new Routing(buu, StatutoryRuleId, version, [], ["barnets-plan"], StatutoryExplanation(buu, version)), null, Level);
        }

        if (plan.Recentralisations?.FirstOrDefault(r => r.MeasureType == measure.Type && r.IsActiveOn(day)) is { } recentralised)
        {
            var level = Level(recentralised.Level!);
            return WithDuties(new Routing(level, recentralised.Id!, version, recentralised.Notify ?? [], [],
                RecentralisationExplanation(recentralised, level, version)), recentralised.Duties, Level);
        }

        var rules = plan.Rules ?? [];
        var group = rules.Where(r => r.MeasureType == measure.Type).ToList();
        if (group.Count == 0) group = rules.Where(r => r.MeasureType == MeasureCatalogue.AnyOtherType).ToList();

        var ordinary = group.Where(r => !r.Default).Select(r => (Rule: r, Findings: Check(r.When, measure, submitter).ToList())).ToList();
        var matching = ordinary.Where(o => o.Findings.All(f => f.Holds)).ToList();
        var policy = plan.HitPolicy ?? HitPolicy.First;
        if (matching.Count > 0)
        {
            var chosen = policy == HitPolicy.Priority
                ? matching.OrderByDescending(m => m.Rule.Priority ?? 0).First() // OrderBy is stable: ties keep table order
                : matching[0];
            var level = Level(chosen.Rule.Level!);
            return WithDuties(new Routing(level, chosen.Rule.Id!, version, chosen.Rule.Notify ?? [], chosen.Rule.Gates ?? [],
                RuleExplanation(chosen.Rule, chosen.Findings, matching.Count, policy, measure, level, version)), chosen.Rule.Duties, Level);
        }

        if (group.FirstOrDefault(r => r.Default) is not { } fallback) return null;
        var fallbackLevel = Level(fallback.Level!);
        return WithDuties(new Routing(fallbackLevel, fallback.Id!, version, fallback.Notify ?? [], fallback.Gates ?? [],
            DefaultExplanation(fallback, ordinary, measure, fallbackLevel, version)), fallback.Duties, Level);
    }

    public static bool IsPlacementWithoutConsent(MeasureInput measure) =>
        measure.Type == MeasureCatalogue.Anbringelse
        && (measure.Consent == false
            || (measure.LegalBasis is { } basis && MeasureCatalogue.WithoutConsentBases.Any(b => MeasureCatalogue.NormaliseLegalBasis(b) == MeasureCatalogue.NormaliseLegalBasis(basis))));
}
