using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Visitation.Activities.Opfoelgning;
using Visitation.Host.Features.Audit;
using Visitation.Host.Features.Sager;
using Visitation.Host.Infrastructure.Persistence;
using Visitation.Workflows.Persistence;

namespace Visitation.Host.Features.Opfoelgning;

/// <summary>
/// Writes what a follow-up flow planned and recorded inside the transaction of the step that did it: the next
/// follow-up (from <c>Visitation.BeregnOpfoelgning</c>, one plan per flow instance, replaced each time) and each
/// follow-up's outcome with notes and scores (from <c>Visitation.RegistrerOpfoelgning</c>). An outcome that ends
/// the follow-up (afslut, skift-leverandoer) removes the plan. Only follow-ups on a case of the flow's municipality are written.
/// </summary>
public sealed class OpfoelgningProjection(ILogger<OpfoelgningProjection> logger, DatabaseOptions database) : IStepCommitObserver
{
    public async ValueTask OnStepWrittenAsync(StepCommit commit, CancellationToken cancellationToken)
    {
        var step = commit.Step;
        var messages = step.Outbox.Where(m => m.Type is BeregnOpfoelgning.MessageType or RegistrerOpfoelgning.MessageType).ToList();
        if (messages.Count == 0 || !Guid.TryParse(commit.TenantId, out var kommuneId)) return;

        await using var db = SharedConnectionContexts.Create(database.Provider, commit.Connection);
        await db.Database.UseTransactionAsync(commit.Transaction, cancellationToken);
        var instanceId = step.State.Id;
        var now = step.State.UpdatedAt;
        foreach (var message in messages)
        {
            var payload = message.Payload!;
            // A flow that runs for no case of this municipality (a designer's trial run) has nothing to show on a case.
            if (!Guid.TryParse(payload["sagId"]?.GetValue<string>(), out var sagId)
                || !await db.Sager.IgnoreQueryFilters().AnyAsync(s => s.KommuneId == kommuneId && s.Id == sagId, cancellationToken)
                || !await CaseFlowOwnership.IsOwnAsync(db, commit, kommuneId, sagId, logger, cancellationToken))
                continue;
            var bevillingId = Guid.TryParse(payload["bevillingId"]?.GetValue<string>(), out var bevilling) ? bevilling : (Guid?)null;
            var plan = await db.OpfoelgningPlaner.IgnoreQueryFilters().SingleOrDefaultAsync(p => p.InstanceId == instanceId, cancellationToken);
            if (message.Type == BeregnOpfoelgning.MessageType) Plan(db, plan, payload, kommuneId, sagId, bevillingId, instanceId, now);
            else await RecordAsync(db, plan, payload, kommuneId, sagId, bevillingId, instanceId, now, cancellationToken);
        }
        await db.SaveChangesAsync(cancellationToken);
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

    static async Task RecordAsync(VisitationDbContext db, OpfoelgningPlan? plan, JsonNode payload, Guid kommuneId, Guid sagId, Guid? bevillingId, string instanceId,
        DateTimeOffset now, CancellationToken cancellationToken)
    {
        var udfald = OpfoelgningUdfaldCodes.Parse(payload["udfald"]!.GetValue<string>());
        var data = payload["data"] as JsonObject ?? [];
        var actor = payload["actor"]?.GetValue<string>() ?? "system";
        var previous = await db.Opfoelgninger.IgnoreQueryFilters().Where(o => o.InstanceId == instanceId).MaxAsync(o => (int?)o.Nummer, cancellationToken) ?? 0;
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
