using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Visitation.Host.Features.Indstillinger;
using Visitation.Host.Features.Kompetenceplaner;
using Visitation.Host.Infrastructure.Errors;
using Visitation.Host.Infrastructure.Persistence;

namespace Visitation.Host.Features.Pligter;

/// <summary>
/// The life of an indstilling's duties: made on submission from the routing (the duties of an earlier submission no
/// longer apply), delivered on the decision, and checked before a decision may grant. Every query names the
/// municipality, so the step-commit projection (which runs without a signed-in user) can use these too.
/// </summary>
public static class DecisionDuties
{
    /// <summary>Makes the routed duties of a submitted indstilling, and the approval task's message to the approvers.</summary>
    public static async Task CreateAsync(VisitationDbContext db, IDutyMessageSink sink, Indstilling indstilling, Routing routing, string sagsnummer,
        DateTimeOffset now, CancellationToken cancellationToken)
    {
        var earlier = await db.Pligter
            .Where(d => d.KommuneId == indstilling.KommuneId && d.IndstillingId == indstilling.Id && d.AfgoerelseId == null
                        && d.State != DutyState.Annulleret && d.State != DutyState.AfventerLevering)
            .ToListAsync(cancellationToken);
        foreach (var duty in earlier) duty.State = DutyState.Annulleret;

        var users = await db.Users.AsNoTracking().Where(u => u.KommuneId == indstilling.KommuneId && u.IsActive).ToListAsync(cancellationToken);
        foreach (var routed in routing.Duties)
        {
            var recipients = users.Where(u => LevelHolders.Holds(u, routed.Level.Code, routed.Level.Kind)).Select(u => u.Id.ToString()).Order().ToList();
            var duty = new DecisionDuty
            {
                Id = Guid.NewGuid(),
                KommuneId = indstilling.KommuneId,
                SagId = indstilling.SagId,
                IndstillingId = indstilling.Id,
                Kind = routed.Kind,
                NiveauKode = routed.Level.Code,
                NiveauNavn = routed.Level.Name,
                Venter = routed.Waits,
                ModtagereJson = JsonSerializer.Serialize(recipients),
                State = routed.Kind switch
                {
                    PlanDuty.ApproveBy => DutyState.AfventerGodkendelse,
                    PlanDuty.JustifyTo => DutyState.AfventerBegrundelse,
                    _ => DutyState.Planlagt,
                },
                RegelId = routing.RuleId,
                PlanVersion = routing.PlanVersion,
                OprettetAt = now,
            };
            db.Pligter.Add(duty);
            if (duty.Kind == PlanDuty.ApproveBy) await sink.AcceptAsync(db, duty, DutyMessages.ApprovalRequested(duty, sagsnummer, indstilling), cancellationToken);
        }
    }

    /// <summary>
    /// Refuses a decision that would grant while a duty it waits for is open: an approval not given (or refused), a
    /// justification not written. Refusing or returning is always possible.
    /// </summary>
    public static async Task<ProblemError?> BlockingAsync(VisitationDbContext db, Guid kommuneId, Guid indstillingId, bool grants, CancellationToken cancellationToken)
    {
        if (!grants) return null;
        var open = await db.Pligter.AsNoTracking()
            .Where(d => d.KommuneId == kommuneId && d.IndstillingId == indstillingId && d.Venter && d.AfgoerelseId == null
                        && (d.State == DutyState.AfventerGodkendelse || d.State == DutyState.Afvist || d.State == DutyState.AfventerBegrundelse))
            .ToListAsync(cancellationToken);
        if (open.FirstOrDefault(d => d.State == DutyState.Afvist) is { } refused)
            return ErrorMessages.Error("", "duty.approvalRefused", refused.NiveauNavn);
        if (open.FirstOrDefault(d => d.State == DutyState.AfventerGodkendelse) is { } approval)
            return ErrorMessages.Error("", "duty.awaitsApproval", approval.NiveauNavn);
        if (open.FirstOrDefault() is { } justification)
            return ErrorMessages.Error("", "duty.awaitsJustification", justification.NiveauNavn);
        return null;
    }

    /// <summary>
    /// After a decision: ties the open duties to it and delivers the copies and information (not for a returned
    /// indstilling, whose duties no longer apply: it is submitted again and routed anew).
    /// </summary>
    public static async Task OnDecidedAsync(VisitationDbContext db, IDutyMessageSink sink, Indstilling indstilling, Afgoerelse afgoerelse,
        CancellationToken cancellationToken)
    {
        var duties = await db.Pligter
            .Where(d => d.KommuneId == indstilling.KommuneId && d.IndstillingId == indstilling.Id && d.AfgoerelseId == null && d.State != DutyState.Annulleret)
            .ToListAsync(cancellationToken);
        if (duties.Count == 0) return;
        var sagsnummer = await db.Sager.AsNoTracking().Where(s => s.Id == indstilling.SagId).Select(s => s.Sagsnummer).SingleAsync(cancellationToken);
        foreach (var duty in duties)
        {
            if (afgoerelse.Udfald == AfgoerelseUdfald.Tilbagesendt)
            {
                if (duty.State is DutyState.Planlagt or DutyState.AfventerGodkendelse or DutyState.AfventerBegrundelse) duty.State = DutyState.Annulleret;
                continue;
            }
            duty.AfgoerelseId = afgoerelse.Id;
            if (duty.State != DutyState.Planlagt) continue;
            await sink.AcceptAsync(db, duty, DutyMessages.Decided(duty, sagsnummer, indstilling, afgoerelse), cancellationToken);
            duty.State = DutyState.AfventerLevering;
        }
    }
}
