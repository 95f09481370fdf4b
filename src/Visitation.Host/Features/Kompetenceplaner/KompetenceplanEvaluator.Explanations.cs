namespace Visitation.Host.Features.Kompetenceplaner;

public static partial class KompetenceplanEvaluator
{
    private static Explanation StatutoryExplanation(LevelInfo level, int version) => new(
        $"Anbringelse uden samtykke afgøres altid af {level.Name} (Barnets Lov § 47 og §§ 142-143); det gælder i enhver kompetenceplan "
        + $"og går forud for tabellen (kompetenceplan version {version}).",
        $"A placement without consent is always decided by {level.Name} (Barnets Lov § 47 and §§ 142-143); this holds in every "
        + $"competence plan and comes before the table (competence plan version {version}).");

    private static Explanation RecentralisationExplanation(Recentralisering r, LevelInfo level, int version) => new(
        $"{r.MeasureType} er midlertidigt recentraliseret til {level.Name} til og med {r.Until:yyyy-MM-dd} (regel {r.Id}): {r.Reason}. "
        + $"Recentraliseringen går forud for tabellen (kompetenceplan version {version}).",
        $"{r.MeasureType} is temporarily re-centralised to {level.Name} until {r.Until:yyyy-MM-dd} inclusive (rule {r.Id}): {r.Reason}. "
        + $"The re-centralisation comes before the table (competence plan version {version}).");

    private static Explanation RuleExplanation(PlanRule rule, List<Finding> findings, int matchCount, HitPolicy policy, MeasureInput measure,
        LevelInfo level, int version)
    {
        var scope = rule.MeasureType == MeasureCatalogue.AnyOtherType
            ? ($"{measure.Type} har ingen egne rækker, så rækkerne for øvrige typer gælder. ", $"{measure.Type} has no rows of its own, so the rows for other types apply. ")
            : ("", "");
        var why = findings.Count == 0
            ? ("rækken har ingen betingelser", "the row has no conditions")
            : (string.Join("; ", findings.Select(f => f.Da)), string.Join("; ", findings.Select(f => f.En)));
        var (policyDa, policyEn) = policy switch
        {
            HitPolicy.First when matchCount > 1 => ($" Hitpolitik FIRST: {matchCount} rækker passer, den første i tabellen gælder.",
                $" Hit policy FIRST: {matchCount} rows match, the first in the table applies."),
            HitPolicy.Priority when matchCount > 1 => ($" Hitpolitik PRIORITY: {matchCount} rækker passer, denne har højest prioritet ({rule.Priority}).",
                $" Hit policy PRIORITY: {matchCount} rows match, this one has the highest priority ({rule.Priority})."),
            _ => ($" Hitpolitik {policy.ToString().ToUpperInvariant()}.", $" Hit policy {policy.ToString().ToUpperInvariant()}."),
        };
        return new Explanation(
            $"{scope.Item1}Regel {rule.Id}{Described(rule)} gælder for {measure.Type}, fordi {why.Item1}. {level.Name} træffer afgørelsen."
            + $"{policyDa} Kompetenceplan version {version}.",
            $"{scope.Item2}Rule {rule.Id}{Described(rule)} applies to {measure.Type} because {why.Item2}. {level.Name} decides."
            + $"{policyEn} Competence plan version {version}.");
    }

    private static Explanation DefaultExplanation(PlanRule fallback, List<(PlanRule Rule, List<Finding> Findings)> ordinary, MeasureInput measure,
        LevelInfo level, int version)
    {
        var missedDa = ordinary.Select(o => $"{o.Rule.Id}: {o.Findings.First(f => !f.Holds).Da}").ToList();
        var missedEn = ordinary.Select(o => $"{o.Rule.Id}: {o.Findings.First(f => !f.Holds).En}").ToList();
        var scope = fallback.MeasureType == MeasureCatalogue.AnyOtherType
            ? ($"{measure.Type} har ingen egne rækker, så standardrækken for øvrige typer gælder", $"{measure.Type} has no rows of its own, so the default row for other types applies")
            : missedDa.Count == 0
                ? ($"{measure.Type} har kun sin standardrække", $"{measure.Type} has only its default row")
                : ($"ingen anden række for {measure.Type} passer ({string.Join("; ", missedDa)}), så standardrækken gælder",
                    $"no other row for {measure.Type} matches ({string.Join("; ", missedEn)}), so the default row applies");
        return new Explanation(
            $"Regel {fallback.Id}{Described(fallback)}: {scope.Item1}. {level.Name} træffer afgørelsen. Kompetenceplan version {version}.",
            $"Rule {fallback.Id}{Described(fallback)}: {scope.Item2}. {level.Name} decides. Competence plan version {version}.");
    }

    private static string Described(PlanRule rule) => string.IsNullOrWhiteSpace(rule.Description) ? "" : $" ({rule.Description})";
}
