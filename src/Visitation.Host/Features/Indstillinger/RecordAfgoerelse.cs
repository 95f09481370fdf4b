using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Visitation.Activities.Afgoerelser;
using Visitation.Host.Features.Organisation;
using Visitation.Host.Infrastructure.Outbox;
using Visitation.Host.Infrastructure.Persistence;
using Visitation.Workflows.Execution;

namespace Visitation.Host.Features.Indstillinger;

/// <summary>
/// Writes what a case's flow decided inside the transaction of the step that decided it (<c>Visitation.RegistrerAfgoerelse</c>):
/// the afgørelse, with the plan version and rule that routed the indstilling, who decided and for whom as substitute.
/// Both paths to a decision, the decision endpoint and completing the decision task on the work list, end here.
/// </summary>
public sealed class RecordAfgoerelse(Pligter.IDutyMessageSink dutySink) : IOutboxHandler<RegistrerAfgoerelse>
{
    public async ValueTask HandleAsync(OutboxMessage message, StepContext step, CancellationToken cancellationToken)
    {
        if (step.SagId is not { } sagId || !await step.IsOwnFlowOfAsync(sagId, cancellationToken)) return;
        var actorName = StepContext.ActorOf(message) ?? step.StepActor ?? "system";
        var actor = await step.Db.Users.AsNoTracking().SingleOrDefaultAsync(u => u.KommuneId == step.KommuneId && u.UserName == actorName, cancellationToken);
        await DecideAsync(step.Db, dutySink, step.KommuneId, sagId, message.Payload!, actor, actorName, step.Now, cancellationToken);
        step.Audit(sagId, "afgoerelse.decide", actorName, actor?.Id);
    }

    static async Task DecideAsync(VisitationDbContext db, Pligter.IDutyMessageSink dutySink, Guid kommuneId, Guid sagId, JsonNode payload, Users.User? actor, string actorName, DateTimeOffset now,
        CancellationToken cancellationToken)
    {
        var indstillingId = Guid.Parse(payload["indstillingId"]!.GetValue<string>());
        var indstilling = await db.Indstillinger
                              .SingleOrDefaultAsync(i => i.KommuneId == kommuneId && i.SagId == sagId && i.Id == indstillingId, cancellationToken)
                          ?? throw new InvalidOperationException("The decided indstilling is not on the flow's case.");
        var udfald = AfgoerelseUdfaldCodes.Parse(payload["udfald"]!.GetValue<string>());
        var data = payload["data"] as JsonObject ?? [];
        string? actingFor = null;
        if (actor is not null && !indstilling.EgenKompetence && indstilling.NiveauKode is { } level && indstilling.NiveauType is { } type)
        {
            var held = await new LevelHolders(db).ActingForAsync(actor, level, Enum.Parse<LevelKind>(type, ignoreCase: true), now, cancellationToken);
            actingFor = string.IsNullOrEmpty(held) ? null : held;
        }
        var afgoerelse = new Afgoerelse
        {
            Id = Guid.NewGuid(),
            KommuneId = kommuneId,
            SagId = sagId,
            IndstillingId = indstilling.Id,
            Udfald = udfald,
            Begrundelse = Text(data, "begrundelse") ?? "",
            Aendring = udfald == AfgoerelseUdfald.BevilgetMedAendring ? Text(data, "aendring") : null,
            AendretOmfang = udfald == AfgoerelseUdfald.BevilgetMedAendring && data["aendretOmfang"] is JsonValue quantity ? quantity.GetValue<decimal>() : null,
            Undersoeg = udfald == AfgoerelseUdfald.Tilbagesendt ? Text(data, "undersoeg") : null,
            NiveauKode = indstilling.NiveauKode!,
            NiveauNavn = indstilling.NiveauNavn!,
            RegelId = indstilling.RegelId!,
            PlanVersion = indstilling.PlanVersion!.Value,
            AfgjortAf = actorName,
            StedfortraederFor = actingFor,
            AfgjortAt = now,
        };
        db.Afgoerelser.Add(afgoerelse);
        indstilling.Status = udfald == AfgoerelseUdfald.Tilbagesendt ? IndstillingStatus.Tilbagesendt : IndstillingStatus.Afgjort;
        indstilling.TilbagesendtFor = afgoerelse.Undersoeg;
        await Pligter.DecisionDuties.OnDecidedAsync(db, dutySink, indstilling, afgoerelse, cancellationToken);
    }

    static string? Text(JsonObject data, string name) => data[name] is JsonValue value && value.TryGetValue<string>(out var text) && !string.IsNullOrWhiteSpace(text) ? text.Trim() : null;
}
