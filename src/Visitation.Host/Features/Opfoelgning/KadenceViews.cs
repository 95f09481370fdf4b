namespace Visitation.Host.Features.Opfoelgning;

/// <summary>A municipality's cadence rule (or one case's own cadence).</summary>
public sealed record KadenceRegelView(Guid Id, string Omfang, string Noegle, IReadOnlyList<KadenceTrin> Trin, string Beskrivelse, string? Begrundelse,
    DateTimeOffset AendretAt, string AendretAf)
{
    public static KadenceRegelView From(KadenceRegel rule)
    {
        var kadence = KadenceResolver.Read(rule);
        return new(rule.Id, rule.Omfang.ToString(), rule.Noegle, kadence.Trin, kadence.ToString(), rule.Begrundelse, rule.AendretAt, rule.AendretAf);
    }
}

/// <summary>The legal default, the order in which rules win, and the municipality's rules.</summary>
public sealed record KadenceReglerView(IReadOnlyList<KadenceTrin> LovensStandard, IReadOnlyList<string> Praecedens, IReadOnlyList<KadenceRegelView> Regler);

/// <summary>Which cadence applies to a case's measure, why, and when the next follow-up falls due.</summary>
public sealed record AnvendtKadenceView(string Kilde, string? Noegle, string Forklaring, IReadOnlyList<KadenceTrin> Trin, DateOnly Start, int Gennemfoert,
    DateOnly NaesteDato, DateTimeOffset NaesteFrist, string Interval);

/// <summary>One recorded follow-up.</summary>
public sealed record OpfoelgningView(Guid Id, string InstanceId, Guid? BevillingId, int Nummer, OpfoelgningUdfald Udfald, string? Noter, int? Maalopfyldelse,
    decimal? Ors, DateTimeOffset RegistreretAt, string RegistreretAf)
{
    public static OpfoelgningView From(RegistreretOpfoelgning o) =>
        new(o.Id, o.InstanceId, o.BevillingId, o.Nummer, o.Udfald, o.Noter, o.Maalopfyldelse, o.Ors, o.RegistreretAt, o.RegistreretAf);
}

/// <summary>The next follow-up a running follow-up flow has planned, with the rule that set it.</summary>
public sealed record PlanlagtOpfoelgningView(string InstanceId, Guid? BevillingId, string? IndsatsType, DateOnly Start, int Gennemfoert, DateTimeOffset NaesteFrist,
    bool Overskredet, string Kadence, string Kilde, string Forklaring)
{
    public static PlanlagtOpfoelgningView From(OpfoelgningPlan p, DateTimeOffset now) =>
        new(p.InstanceId, p.BevillingId, p.IndsatsType, p.Start, p.Gennemfoert, p.NaesteFrist, p.NaesteFrist < now, p.Kadence, p.Kilde, p.Forklaring);
}

/// <summary>A case's follow-ups: the next ones planned (earliest first), those recorded (newest first), and the case's own cadence if set.</summary>
public sealed record OpfoelgningerView(DateTimeOffset? NaesteFrist, IReadOnlyList<PlanlagtOpfoelgningView> Planlagt, IReadOnlyList<OpfoelgningView> Opfoelgninger,
    KadenceRegelView? SagensKadence);
