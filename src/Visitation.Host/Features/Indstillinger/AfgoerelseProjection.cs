using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Visitation.Activities.Afgoerelser;
using Visitation.Host.Features.Audit;
using Visitation.Host.Features.Organisation;
using Visitation.Host.Features.Sager;
using Visitation.Host.Infrastructure.Persistence;
using Visitation.Workflows.Persistence;

namespace Visitation.Host.Features.Indstillinger;

/// <summary>
/// Writes what a case's flow decided inside the transaction of the step that decided it: the afgørelse (from
/// <c>Visitation.RegistrerAfgoerelse</c>, with the plan version and rule that routed the indstilling, who decided
/// and for whom as substitute) and the case's closing (from <c>Visitation.LukSag</c>). Both paths to a decision,
/// the decision endpoint and completing the decision task on the work list, end here.
/// </summary>
public sealed class AfgoerelseProjection(ILogger<AfgoerelseProjection> logger, DatabaseOptions database) : IStepCommitObserver
{
    public async ValueTask OnStepWrittenAsync(StepCommit commit, CancellationToken cancellationToken)
    {
        var step = commit.Step;
        var messages = step.Outbox.Where(m => m.Type is RegistrerAfgoerelse.MessageType or LukSag.MessageType).ToList();
        if (messages.Count == 0 || !Guid.TryParse(commit.TenantId, out var kommuneId) || !Guid.TryParse(step.State.CorrelationId, out var sagId)) return;

        await using var db = SharedConnectionContexts.Create(database.Provider, commit.Connection);
        await db.Database.UseTransactionAsync(commit.Transaction, cancellationToken);
        // Only the case's own flow changes the case (a designer's run correlated to it does not).
        if (!await CaseFlowOwnership.IsOwnAsync(db, commit, kommuneId, sagId, logger, cancellationToken)) return;
        var now = step.State.UpdatedAt;
        foreach (var message in messages)
        {
            var actorName = message.Payload?["actor"]?.GetValue<string>() ?? step.Journal.LastOrDefault(j => j.Actor is not null)?.Actor ?? "system";
            var actor = await db.Users.IgnoreQueryFilters().AsNoTracking().SingleOrDefaultAsync(u => u.KommuneId == kommuneId && u.UserName == actorName, cancellationToken);
            if (message.Type == RegistrerAfgoerelse.MessageType) await DecideAsync(db, kommuneId, sagId, message.Payload!, actor, actorName, now, cancellationToken);
            else await CloseAsync(db, kommuneId, sagId, cancellationToken);
            db.AuditEntries.Add(new AuditEntry
            {
                KommuneId = kommuneId,
                SagId = sagId,
                At = now,
                UserId = actor?.Id,
                UserName = actorName,
                Action = message.Type == RegistrerAfgoerelse.MessageType ? "afgoerelse.decide" : "sag.close",
                IsRead = false,
            });
        }
        await db.SaveChangesAsync(cancellationToken);
    }

    static async Task DecideAsync(VisitationDbContext db, Guid kommuneId, Guid sagId, JsonNode payload, Users.User? actor, string actorName, DateTimeOffset now,
        CancellationToken cancellationToken)
    {
        var indstillingId = Guid.Parse(payload["indstillingId"]!.GetValue<string>());
        var indstilling = await db.Indstillinger.IgnoreQueryFilters()
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
    }

    static async Task CloseAsync(VisitationDbContext db, Guid kommuneId, Guid sagId, CancellationToken cancellationToken)
    {
        var sag = await db.Sager.IgnoreQueryFilters().SingleOrDefaultAsync(s => s.KommuneId == kommuneId && s.Id == sagId, cancellationToken);
        if (sag is not null) sag.Status = SagStatus.Lukket;
    }

    static string? Text(JsonObject data, string name) => data[name] is JsonValue value && value.TryGetValue<string>(out var text) && !string.IsNullOrWhiteSpace(text) ? text.Trim() : null;
}
