using Visitation.Host.Features.Indstillinger;

namespace Visitation.Host.Features.Pligter;

/// <summary>
/// A duty as the case page and the leader's queue show it. <c>justification</c> is shown to those who may read the case;
/// <c>answeredBy</c>, <c>answeredAt</c> and <c>reason</c> record the approver (or who justified), when and why.
/// </summary>
public sealed record DutyView(Guid Id, Guid CaseId, Guid IndstillingId, Guid? DecisionId, string Kind, string LevelId, string Level, bool Waits, DutyState State,
    string RuleId, int PlanVersion, DateTimeOffset CreatedAt, string? Justification, string? AnsweredBy, DateTimeOffset? AnsweredAt, string? Reason,
    string? MessageSubject, string? MessageText, int Recipients)
{
    public static DutyView From(DecisionDuty d) => new(d.Id, d.SagId, d.IndstillingId, d.AfgoerelseId, d.Kind, d.NiveauKode, d.NiveauNavn, d.Venter, d.State,
        d.RegelId, d.PlanVersion, d.OprettetAt, d.Begrundelse, d.BesvaretAf, d.BesvaretAt, d.Aarsag, d.BeskedEmne, d.BeskedTekst,
        DutyMessages.Recipients(d).Count);
}

/// <summary>A duty in a leader's queue, with what they need to answer it: the case number, the measure, its cost and who submitted it.</summary>
public sealed record QueuedDutyView(DutyView Duty, string CaseNumber, string MeasureType, string LegalBasis, decimal CostThisYear, decimal CostTotal,
    string SubmittedBy, IndstillingStatus IndstillingStatus);
