using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Visitation.Activities.Opfoelgning;
using Visitation.Host.Infrastructure.Outbox;
using Visitation.Host.Infrastructure.Persistence;
using Visitation.Workflows.Execution;

namespace Visitation.Host.Features.Opfoelgning;

/// <summary>
/// Writes the next follow-up a follow-up flow planned (<c>Visitation.BeregnOpfoelgning</c>) inside the transaction of the
/// step that planned it: one plan per flow instance, replaced each time. Only follow-ups on a case of the flow's
/// municipality are written.
/// </summary>
public sealed class PlanOpfoelgning : IOutboxHandler<BeregnOpfoelgning>
{
    public async ValueTask HandleAsync(OutboxMessage message, StepContext step, CancellationToken cancellationToken)
    {
        if (await TargetAsync(message, step, cancellationToken) is not { } target) return;
        Plan(step.Db, target.Plan, message.Payload!, step.KommuneId, target.SagId, target.BevillingId, step.InstanceId, step.Now);
    }

    /// <summary>
    /// The case a follow-up message is about and the flow's plan for it, or null when the flow runs for no case of this
    /// municipality (a designer's trial run has nothing to show on a case).
    /// </summary>
    internal static async Task<(Guid SagId, Guid? BevillingId, OpfoelgningPlan? Plan)?> TargetAsync(OutboxMessage message, StepContext step,
        CancellationToken cancellationToken)
    {
        var payload = message.Payload!;
        if (!Guid.TryParse(payload["sagId"]?.GetValue<string>(), out var sagId)
            || !await step.Db.Sager.AnyAsync(s => s.KommuneId == step.KommuneId && s.Id == sagId, cancellationToken)
            || !await step.IsOwnFlowOfAsync(sagId, cancellationToken))
            return null;
        var bevillingId = Guid.TryParse(payload["bevillingId"]?.GetValue<string>(), out var bevilling) ? bevilling : (Guid?)null;
        var plan = await step.Db.OpfoelgningPlaner.SingleOrDefaultAsync(p => p.InstanceId == step.InstanceId, cancellationToken);
        return (sagId, bevillingId, plan);
    }

    static void Plan(VisitationDbContext db, OpfoelgningPlan? plan, JsonNode payload, Guid kommuneId, Guid sagId, Guid? bevillingId, string instanceId, DateTimeOffset now)
    {
        if (plan is null)
        {
            plan = new OpfoelgningPlan { InstanceId = instanceId, KommuneId = kommuneId, SagId = sagId, Kadence = "", Kilde = "", Forklaring = "" };
            db.OpfoelgningPlaner.Add(plan);
        }
        plan.BevillingId = bevillingId;
        plan.IndsatsType = payload["indsatsType"]?.GetValue<string>();
        plan.Start = DateOnly.ParseExact(payload["start"]!.GetValue<string>(), "yyyy-MM-dd", CultureInfo.InvariantCulture);
        plan.Gennemfoert = payload["gennemfoert"]!.GetValue<int>();
        plan.NaesteFrist = payload["frist"]!.GetValue<DateTimeOffset>();
        plan.Kadence = payload["kadence"]!.GetValue<string>();
        plan.Kilde = payload["kilde"]!.GetValue<string>();
        plan.Forklaring = payload["forklaring"]!.GetValue<string>();
        plan.BeregnetAt = now;
    }
}
