namespace Visitation.Host.Features.Kompetenceplaner;

public static partial class KompetenceplanEvaluator
{
    /// <summary>Attaches the duties to the routing and ends the explanation with what the decision obliges and which gates apply.</summary>
    private static Routing WithDuties(Routing routing, List<PlanDuty>? duties, Func<string, LevelInfo> level)
    {
        var routed = (duties ?? []).Where(d => d.Kind is not null && d.Level is not null)
            .Select(d => new RoutedDuty(d.Kind!, level(d.Level!), d.Blocks)).ToList();
        var da = routing.Explanation.Da;
        var en = routing.Explanation.En;
        if (routed.Count > 0)
        {
            da += " Pligter: " + string.Join("; ", routed.Select(DutyDa)) + ".";
            en += " Duties: " + string.Join("; ", routed.Select(DutyEn)) + ".";
        }
        if (routing.Gates.Count > 0)
        {
            da += " Porte, der skal være opfyldt: " + string.Join(", ", routing.Gates.Select(g => GateName(g).Da)) + ".";
            en += " Gates that must be met: " + string.Join(", ", routing.Gates.Select(g => GateName(g).En)) + ".";
        }
        return routing with { Duties = routed, Explanation = new Explanation(da, en) };
    }

    private static string DutyDa(RoutedDuty d) => d.Kind switch
    {
        PlanDuty.Copy => $"kopi af afgørelsen til {d.Level.Name}",
        PlanDuty.CopyWithPrice => $"kopi af afgørelsen med prisen til {d.Level.Name}",
        PlanDuty.Inform => $"{d.Level.Name} orienteres om afgørelsen",
        PlanDuty.JustifyTo => d.Waits
            ? $"den, der afgør, begrunder afgørelsen over for {d.Level.Name}, og afgørelsen venter på begrundelsen"
            : $"den, der afgør, begrunder afgørelsen over for {d.Level.Name}",
        PlanDuty.ApproveBy => $"{d.Level.Name} skal godkende, før afgørelsen får virkning",
        _ => d.Kind,
    };

    private static string DutyEn(RoutedDuty d) => d.Kind switch
    {
        PlanDuty.Copy => $"a copy of the decision to {d.Level.Name}",
        PlanDuty.CopyWithPrice => $"a copy of the decision with its price to {d.Level.Name}",
        PlanDuty.Inform => $"{d.Level.Name} is informed of the decision",
        PlanDuty.JustifyTo => d.Waits
            ? $"the decider justifies the decision to {d.Level.Name}, and the decision waits for the justification"
            : $"the decider justifies the decision to {d.Level.Name}",
        PlanDuty.ApproveBy => $"{d.Level.Name} must approve before the decision takes effect",
        _ => d.Kind,
    };

    /// <summary>The display names of the gates, in Danish and English.</summary>
    public static (string Da, string En) GateName(string gate) => gate switch
    {
        "barnets-plan" => ("barnets plan", "the child's plan (barnets plan)"),
        "boernesamtale" => ("børnesamtale", "a conversation with the child (børnesamtale)"),
        "familieraadslagning" => ("familierådslagning eller begrundelse for at undlade den", "a family group conference or the reason for none"),
        "netvaerkskort" => ("netværkskort", "a network map"),
        "ledelsesgodkendelse" => ("ledelsesgodkendelse", "management approval"),
        _ => (gate, gate),
    };
}
