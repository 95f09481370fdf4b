using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Visitation.Activities.Opfoelgning;
using Visitation.Host.Features.Audit;
using Visitation.Host.Infrastructure.Outbox;
using Visitation.Host.Infrastructure.Persistence;
using Visitation.Workflows.Execution;

namespace Visitation.Host.Features.Opfoelgning;

/// <summary>
/// Writes each follow-up's outcome with notes and scores (<c>Visitation.RegistrerOpfoelgning</c>) inside the transaction of
/// the step that recorded it. An outcome that ends the follow-up (afslut, skift-leverandoer) removes the flow's plan.
/// </summary>
public sealed class RecordOpfoelgning : IOutboxHandler<RegistrerOpfoelgning>
{
    public async ValueTask HandleAsync(OutboxMessage message, StepContext step, CancellationToken cancellationToken)
    {
        if (await PlanOpfoelgning.TargetAsync(message, step, cancellationToken) is not { } target) return;
        await RecordAsync(step.Db, target.Plan, message.Payload!, step.KommuneId, target.SagId, target.BevillingId, step.InstanceId, step.Now, cancellationToken);
    }

    static async Task RecordAsync(VisitationDbContext db, OpfoelgningPlan? plan, JsonNode payload, Guid kommuneId, Guid sagId, Guid? bevillingId, string instanceId,
        DateTimeOffset now, CancellationToken cancellationToken)
    {
        var udfald = OpfoelgningUdfaldCodes.Parse(payload["udfald"]!.GetValue<string>());
        var data = payload["data"] as JsonObject ?? [];
        var actor = payload["actor"]?.GetValue<string>() ?? "system";
        var previous = await db.Opfoelgninger.Where(o => o.InstanceId == instanceId).MaxAsync(o => (int?)o.Nummer, cancellationToken) ?? 0;
        db.Opfoelgninger.Add(new RegistreretOpfoelgning
        {
            Id = Guid.NewGuid(),
            KommuneId = kommuneId,
            SagId = sagId,
            BevillingId = bevillingId ?? plan?.BevillingId,
            InstanceId = instanceId,
            Nummer = payload["nummer"] is JsonValue number && number.TryGetValue<int>(out var n) && n > previous ? n : previous + 1,
            Udfald = udfald,
            Noter = data["noter"] is JsonValue notes && notes.TryGetValue<string>(out var text) && !string.IsNullOrWhiteSpace(text) ? text.Trim() : null,
            Maalopfyldelse = data["maalopfyldelse"] is JsonValue goal && goal.TryGetValue<int>(out var g) ? g : null,
            Ors = data["ors"] is JsonValue ors && ors.TryGetValue<decimal>(out var o) ? o : null,
            RegistreretAt = now,
            RegistreretAf = actor,
        });
        if (plan is not null && udfald is OpfoelgningUdfald.Afslut or OpfoelgningUdfald.SkiftLeverandoer) db.OpfoelgningPlaner.Remove(plan);
        db.AuditEntries.Add(new AuditEntry { KommuneId = kommuneId, SagId = sagId, At = now, UserName = actor, Action = "opfoelgning.register", IsRead = false });
    }
}
