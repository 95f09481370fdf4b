using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Visitation.Activities.Bevillinger;
using Visitation.Host.Features.Audit;
using Visitation.Host.Features.Bevillinger;
using Visitation.Host.Features.Sager;
using Visitation.Host.Infrastructure.Persistence;
using Visitation.Workflows.Persistence;

namespace Visitation.Host.Features.Bestillinger;

/// <summary>
/// Writes the order a case's flow sends (<c>Visitation.Bestil</c>) inside the step's transaction: what the provider
/// needs (goals of the indstilling, scope, legal paragraph, price, period) and the case's caseworker as contact. A
/// chosen offer on the step names the provider of a frame grant; an order to no provider faults the step.
/// </summary>
public sealed class BestillingProjection(ILogger<BestillingProjection> logger, DatabaseOptions database) : IStepCommitObserver
{
    public async ValueTask OnStepWrittenAsync(StepCommit commit, CancellationToken cancellationToken)
    {
        var step = commit.Step;
        var messages = step.Outbox.Where(m => m.Type == Bestil.MessageType).ToList();
        if (messages.Count == 0 || !Guid.TryParse(commit.TenantId, out var kommuneId) || !Guid.TryParse(step.State.CorrelationId, out var sagId)) return;

        await using var db = SharedConnectionContexts.Create(database.Provider, commit.Connection);
        await db.Database.UseTransactionAsync(commit.Transaction, cancellationToken);
        // Only the case's own flow changes the case (a designer's run correlated to it does not).
        if (!await CaseFlowOwnership.IsOwnAsync(db, commit, kommuneId, sagId, logger, cancellationToken)) return;
        var now = step.State.UpdatedAt;
        foreach (var message in messages)
        {
            var payload = message.Payload!;
            var bestillingId = Guid.Parse(payload["bestillingId"]!.GetValue<string>());
            if (await db.Bestillinger.IgnoreQueryFilters().AnyAsync(b => b.Id == bestillingId, cancellationToken)) continue;
            var bevillingId = Guid.Parse(payload["bevillingId"]!.GetValue<string>());
            var bevilling = await db.Bevillinger.IgnoreQueryFilters()
                                .SingleOrDefaultAsync(b => b.KommuneId == kommuneId && b.SagId == sagId && b.Id == bevillingId, cancellationToken)
                            ?? throw new InvalidOperationException("The grant to order is not on the flow's case.");
            if (payload["valg"] is JsonObject valg) await BevillingProjection.ChooseAsync(db, kommuneId, bevilling, valg, cancellationToken);
            var providerId = bevilling.ProviderId ?? throw new InvalidOperationException("The grant names no provider to order from.");
            var maal = await db.Indstillinger.IgnoreQueryFilters().AsNoTracking().Where(i => i.Id == bevilling.IndstillingId)
                .Select(i => i.MaalJson).SingleAsync(cancellationToken);
            var contact = await (from s in db.Sager.IgnoreQueryFilters()
                                 join u in db.Users on s.TovholderId equals u.Id
                                 where s.Id == sagId
                                 select new { u.UserName, u.DisplayName }).SingleAsync(cancellationToken);
            db.Bestillinger.Add(new Bestilling
            {
                Id = bestillingId,
                KommuneId = kommuneId,
                SagId = sagId,
                BevillingId = bevilling.Id,
                ProviderId = providerId,
                OfferId = bevilling.OfferId,
                WorkflowInstanceId = step.State.Id,
                BookmarkId = payload["bookmarkId"]!.GetValue<string>(),
                IndsatsType = bevilling.IndsatsType,
                MaalJson = maal,
                Lovgrundlag = bevilling.Lovgrundlag,
                Omfang = bevilling.Omfang,
                Enhed = bevilling.Enhed,
                EnhedsprisOere = bevilling.EnhedsprisOere,
                Start = bevilling.Start,
                Slut = bevilling.Slut,
                KontaktNavn = contact.DisplayName,
                KontaktBrugernavn = contact.UserName,
                SendtAt = now,
            });
            db.AuditEntries.Add(new AuditEntry
            {
                KommuneId = kommuneId,
                SagId = sagId,
                At = now,
                UserName = payload["actor"]?.GetValue<string>() ?? "system",
                Action = "bestilling.send",
                IsRead = false,
            });
        }
        await db.SaveChangesAsync(cancellationToken);
    }
}
