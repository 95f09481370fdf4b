using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Visitation.Activities.Bevillinger;
using Visitation.Host.Features.Bevillinger;
using Visitation.Host.Infrastructure.Outbox;
using Visitation.Workflows.Execution;

namespace Visitation.Host.Features.Bestillinger;

/// <summary>
/// Writes the order a case's flow sends (<c>Visitation.Bestil</c>) inside the step's transaction: what the provider
/// needs (goals of the indstilling, scope, legal paragraph, price, period) and the case's caseworker as contact. A
/// chosen offer on the step names the provider of a frame grant; an order to no provider faults the step.
/// </summary>
public sealed class SendBestilling : IOutboxHandler<Bestil>
{
    public async ValueTask HandleAsync(OutboxMessage message, StepContext step, CancellationToken cancellationToken)
    {
        if (step.SagId is not { } sagId || !await step.IsOwnFlowOfAsync(sagId, cancellationToken)) return;
        var (db, kommuneId, now) = (step.Db, step.KommuneId, step.Now);
        var payload = message.Payload!;
        var bestillingId = Guid.Parse(payload["bestillingId"]!.GetValue<string>());
        if (await db.Bestillinger.AnyAsync(b => b.Id == bestillingId, cancellationToken)) return;
        var bevillingId = Guid.Parse(payload["bevillingId"]!.GetValue<string>());
        var bevilling = await db.Bevillinger
                            .SingleOrDefaultAsync(b => b.KommuneId == kommuneId && b.SagId == sagId && b.Id == bevillingId, cancellationToken)
                        ?? throw new InvalidOperationException("The grant to order is not on the flow's case.");
        if (payload["valg"] is JsonObject valg) await GrantBevilling.ChooseAsync(db, kommuneId, bevilling, valg, cancellationToken);
        var providerId = bevilling.ProviderId ?? throw new InvalidOperationException("The grant names no provider to order from.");
        var maal = await db.Indstillinger.AsNoTracking().Where(i => i.Id == bevilling.IndstillingId)
            .Select(i => i.MaalJson).SingleAsync(cancellationToken);
        var contact = await (from s in db.Sager
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
            WorkflowInstanceId = step.InstanceId,
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
        step.Audit(sagId, "bestilling.send", StepContext.ActorOf(message) ?? "system");
    }
}
