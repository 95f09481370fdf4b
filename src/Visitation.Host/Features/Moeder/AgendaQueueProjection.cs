using Microsoft.EntityFrameworkCore;
using Visitation.Activities.Moeder;
using Visitation.Host.Features.Audit;
using Visitation.Host.Features.Frister;
using Visitation.Host.Features.Sager;
using Visitation.Host.Infrastructure.Persistence;
using Visitation.Workflows.Persistence;

namespace Visitation.Host.Features.Moeder;

/// <summary>
/// Puts an indstilling on its forum's next meeting inside the transaction of the step that asked for it
/// (<c>Visitation.BehandlPaaMoede</c>), so a case never waits for a meeting without being on one's agenda. The instant
/// of the step is the submission instant the cut-off is measured against.
/// </summary>
public sealed class AgendaQueueProjection(ILogger<AgendaQueueProjection> logger, DatabaseOptions database, DanishCalendar calendar) : IStepCommitObserver
{
    public async ValueTask OnStepWrittenAsync(StepCommit commit, CancellationToken cancellationToken)
    {
        var step = commit.Step;
        var messages = step.Outbox.Where(m => m.Type == BehandlPaaMoede.MessageType).ToList();
        if (messages.Count == 0 || !Guid.TryParse(commit.TenantId, out var kommuneId) || !Guid.TryParse(step.State.CorrelationId, out var sagId)) return;

        await using var db = SharedConnectionContexts.Create(database.Provider, commit.Connection);
        await db.Database.UseTransactionAsync(commit.Transaction, cancellationToken);
        // Only the case's own flow changes the case (a designer's run correlated to it does not).
        if (!await CaseFlowOwnership.IsOwnAsync(db, commit, kommuneId, sagId, logger, cancellationToken)) return;
        var now = step.State.UpdatedAt;
        foreach (var message in messages)
        {
            var indstillingId = Guid.Parse(message.Payload!["indstillingId"]!.GetValue<string>());
            var indstilling = await db.Indstillinger.IgnoreQueryFilters().AsNoTracking()
                                  .SingleOrDefaultAsync(i => i.KommuneId == kommuneId && i.SagId == sagId && i.Id == indstillingId, cancellationToken)
                              ?? throw new InvalidOperationException("The indstilling to queue is not on the flow's case.");
            var reference = indstillingId.ToString();
            if (await db.AgendaItems.IgnoreQueryFilters().AnyAsync(i => i.KommuneId == kommuneId && i.IndstillingReference == reference && i.Status == AgendaItemStatus.Queued,
                    cancellationToken))
                continue;
            var forum = await AgendaPlacement.ForumForLevelAsync(db, kommuneId, indstilling.NiveauKode, cancellationToken);
            await AgendaPlacement.QueueAsync(db, forum, calendar, sagId, indstillingId, now, cancellationToken);
            db.AuditEntries.Add(new AuditEntry
            {
                KommuneId = kommuneId, SagId = sagId, At = now, UserName = step.Journal.LastOrDefault(j => j.Actor is not null)?.Actor ?? "system",
                Action = "moede.dagsordenssat", IsRead = false,
            });
        }
        await db.SaveChangesAsync(cancellationToken);
    }
}
