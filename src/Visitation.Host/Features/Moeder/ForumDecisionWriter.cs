using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Visitation.Activities.Moeder;
using Visitation.Host.Features.Audit;
using Visitation.Host.Features.Fora;
using Visitation.Host.Features.Indstillinger;
using Visitation.Host.Infrastructure.Errors;
using Visitation.Host.Infrastructure.Persistence;
using Visitation.Host.Infrastructure.Tenancy;
using Visitation.Workflows.Hosting;

namespace Visitation.Host.Features.Moeder;

/// <summary>
/// Turns a forum's decision on an item into the case's afgørelse (written once, here, with the forum's conditions and
/// the meeting) and resumes the case's flow waiting in <c>Visitation.BehandlPaaMoede</c> with it. Call inside a
/// command: its transaction commits the afgørelse and the flow's step together.
/// </summary>
public sealed class ForumDecisionWriter(VisitationDbContext db, WorkflowTenants workflows, CurrentUser currentUser, AuditTrail audit,
    Pligter.IDutyMessageSink dutySink)
{
    public async Task<Afgoerelse> WriteAsync(AgendaItem item, Guid? meetingId, DateTimeOffset decidedAt, CancellationToken cancellationToken)
    {
        var indstilling = await db.Indstillinger.SingleAsync(i => i.Id == item.IndstillingId && i.SagId == item.CaseId, cancellationToken);
        var udfald = item.Outcome switch
        {
            MeetingOutcome.Bevilget => AfgoerelseUdfald.Bevilget,
            MeetingOutcome.BevilgetMedAendring => AfgoerelseUdfald.BevilgetMedAendring,
            MeetingOutcome.Afslaaet => AfgoerelseUdfald.Afslaaet,
            MeetingOutcome.Tilbagesendt => AfgoerelseUdfald.Tilbagesendt,
            _ => throw new InvalidOperationException("Only a decided item becomes an afgørelse."),
        };
        var granted = udfald is AfgoerelseUdfald.Bevilget or AfgoerelseUdfald.BevilgetMedAendring;
        // A forum's grant takes effect only after the approvals and awaited justifications its row names.
        if (await Pligter.DecisionDuties.BlockingAsync(db, item.KommuneId, indstilling.Id, granted, cancellationToken) is { } blocked)
            throw new ConflictException(blocked);
        var afgoerelse = new Afgoerelse
        {
            Id = Guid.NewGuid(),
            KommuneId = item.KommuneId,
            SagId = item.CaseId,
            IndstillingId = indstilling.Id,
            Udfald = udfald,
            Begrundelse = item.Rationale ?? "",
            Aendring = udfald == AfgoerelseUdfald.BevilgetMedAendring ? item.Change : null,
            AendretOmfang = udfald == AfgoerelseUdfald.BevilgetMedAendring ? item.ChangedQuantity : null,
            Undersoeg = udfald == AfgoerelseUdfald.Tilbagesendt ? item.Investigate : null,
            NiveauKode = indstilling.NiveauKode!,
            NiveauNavn = indstilling.NiveauNavn!,
            RegelId = indstilling.RegelId!,
            PlanVersion = indstilling.PlanVersion!.Value,
            AfgjortAf = item.DecidedBy ?? currentUser.Actor,
            AfgjortAt = decidedAt,
            Tidsbegraensning = granted ? item.TimeLimit : null,
            OpfoelgningKadence = granted ? item.FollowUpCadence : null,
            MoedeId = meetingId,
        };
        db.Afgoerelser.Add(afgoerelse);
        indstilling.Status = udfald == AfgoerelseUdfald.Tilbagesendt ? IndstillingStatus.Tilbagesendt : IndstillingStatus.Afgjort;
        indstilling.TilbagesendtFor = afgoerelse.Undersoeg;
        item.Status = AgendaItemStatus.Decided;
        item.AfgoerelseId = afgoerelse.Id;
        audit.Write(item.KommuneId, item.CaseId, "afgoerelse.decide");
        await Pligter.DecisionDuties.OnDecidedAsync(db, dutySink, indstilling, afgoerelse, cancellationToken);
        return afgoerelse;
    }

    /// <summary>The flow's view of the decision (the output <c>Afgoerelse</c> of <c>Visitation.BehandlPaaMoede</c>).</summary>
    public static JsonObject Output(Afgoerelse a) => new()
    {
        ["afgoerelseId"] = a.Id.ToString(),
        ["udfald"] = AfgoerelseUdfaldCodes.Of(a.Udfald),
        ["begrundelse"] = a.Begrundelse,
        ["aendring"] = a.Aendring,
        ["aendretOmfang"] = a.AendretOmfang,
        ["undersoeg"] = a.Undersoeg,
        ["tidsbegraensning"] = a.Tidsbegraensning?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        ["opfoelgningKadence"] = a.OpfoelgningKadence,
        ["moedeId"] = a.MoedeId?.ToString(),
    };

    /// <summary>Resumes the case's flow with the decision; false when no flow waits for this indstilling.</summary>
    public async Task<bool> ResumeAsync(Afgoerelse afgoerelse, CancellationToken cancellationToken)
    {
        var tenant = workflows.For(currentUser.RequireTenantId());
        var steps = await tenant.Runtime.ResumeByStimulusAsync(BehandlPaaMoede.BookmarkName, BehandlPaaMoede.Stimulus(afgoerelse.IndstillingId.ToString()),
            afgoerelse.SagId.ToString(), Output(afgoerelse), currentUser.Actor, tenant.TenantId, cancellationToken);
        return steps.Count > 0;
    }
}
