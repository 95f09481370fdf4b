using Microsoft.EntityFrameworkCore;
using Visitation.Activities.Moeder;
using Visitation.Host.Features.Frister;
using Visitation.Host.Infrastructure.Outbox;
using Visitation.Workflows.Execution;

namespace Visitation.Host.Features.Moeder;

/// <summary>
/// Puts an indstilling on its forum's next meeting inside the transaction of the step that asked for it
/// (<c>Visitation.BehandlPaaMoede</c>), so a case never waits for a meeting without being on one's agenda. The instant
/// of the step is the submission instant the cut-off is measured against.
/// </summary>
public sealed class QueueOnAgenda(DanishCalendar calendar) : IOutboxHandler<BehandlPaaMoede>
{
    public async ValueTask HandleAsync(OutboxMessage message, StepContext step, CancellationToken cancellationToken)
    {
        if (step.SagId is not { } sagId || !await step.IsOwnFlowOfAsync(sagId, cancellationToken)) return;
        var (db, kommuneId) = (step.Db, step.KommuneId);
        var indstillingId = Guid.Parse(message.Payload!["indstillingId"]!.GetValue<string>());
        var indstilling = await db.Indstillinger.AsNoTracking()
                              .SingleOrDefaultAsync(i => i.KommuneId == kommuneId && i.SagId == sagId && i.Id == indstillingId, cancellationToken)
                          ?? throw new InvalidOperationException("The indstilling to queue is not on the flow's case.");
        var reference = indstillingId.ToString();
        if (await db.AgendaItems.AnyAsync(i => i.KommuneId == kommuneId && i.IndstillingReference == reference && i.Status == AgendaItemStatus.Queued,
                cancellationToken))
            return;
        var forum = await AgendaPlacement.ForumForLevelAsync(db, kommuneId, indstilling.NiveauKode, cancellationToken);
        await AgendaPlacement.QueueAsync(db, forum, calendar, sagId, indstillingId, step.Now, cancellationToken);
        step.Audit(sagId, "moede.dagsordenssat", step.StepActor ?? "system");
    }
}
