using Microsoft.EntityFrameworkCore;
using Visitation.Activities.Matchning;
using Visitation.Host.Features.Audit;
using Visitation.Host.Features.Sager;
using Visitation.Host.Infrastructure.Persistence;
using Visitation.Workflows.Persistence;

namespace Visitation.Host.Features.Matchning;

/// <summary>
/// Writes what a case's flow asks of matching inside the step's own transaction: <c>Visitation.Matchning</c> opens the
/// indstilling's matching (awaiting the need) with the bid round and frame the flow names, unless one is open already
/// (a choice the flow already received is cleared, so a new offer can be chosen after a provider's decline);
/// <c>Visitation.Beslutning</c> records the grant whose frame the matching stays within.
/// </summary>
public sealed class MatchningProjection(ILogger<MatchningProjection> logger, DatabaseOptions database) : IStepCommitObserver
{
    public async ValueTask OnStepWrittenAsync(StepCommit commit, CancellationToken cancellationToken)
    {
        var step = commit.Step;
        var messages = step.Outbox.Where(m => m.Type is MatchTilbud.MessageType or BeslutTilbud.MessageType).ToList();
        if (messages.Count == 0 || !Guid.TryParse(commit.TenantId, out var kommuneId) || !Guid.TryParse(step.State.CorrelationId, out var sagId)) return;

        await using var db = SharedConnectionContexts.Create(database.Provider, commit.Connection);
        await db.Database.UseTransactionAsync(commit.Transaction, cancellationToken);
        // Only the case's own flow changes the case (a designer's run correlated to it does not).
        if (!await CaseFlowOwnership.IsOwnAsync(db, commit, kommuneId, sagId, logger, cancellationToken)) return;
        foreach (var message in messages)
        {
            var bevillingId = Guid.TryParse(message.Payload?["bevillingId"]?.GetValue<string>(), out var grant) ? grant : (Guid?)null;
            if (message.Type == MatchTilbud.MessageType
                && Guid.TryParse(message.Payload?["indstillingId"]?.GetValue<string>(), out var indstillingId))
                await OpenAsync(db, kommuneId, sagId, indstillingId, message.Payload?["budrunde"]?.GetValue<bool>() == true, bevillingId, step.State.UpdatedAt,
                    cancellationToken);
            else if (message.Type == BeslutTilbud.MessageType && bevillingId is not null
                     && Guid.TryParse(message.Payload?["matchningId"]?.GetValue<string>(), out var matchningId))
            {
                var matchning = await db.Matchninger.IgnoreQueryFilters().SingleOrDefaultAsync(m => m.KommuneId == kommuneId && m.Id == matchningId, cancellationToken);
                if (matchning is not null) matchning.BevillingId = bevillingId;
            }
        }
        await db.SaveChangesAsync(cancellationToken);
    }

    static async Task OpenAsync(VisitationDbContext db, Guid kommuneId, Guid sagId, Guid indstillingId, bool budrunde, Guid? bevillingId, DateTimeOffset now,
        CancellationToken cancellationToken)
    {
        var open = await db.Matchninger.IgnoreQueryFilters()
            .Where(m => m.KommuneId == kommuneId && m.IndstillingId == indstillingId && m.Status != MatchningStatus.Accepteret)
            .FirstOrDefaultAsync(cancellationToken);
        if (open is not null)
        {
            open.BevillingId ??= bevillingId;
            // A choice the flow had already received, asked for again: the provider declined the order or is being
            // replaced, so the matching opens again with its need kept and a new offer is chosen.
            if (open.Status == MatchningStatus.Valgt && open.ValgModtagetAfForloeb) open.ClearChoice();
            // The step that just started took a waiting choice (IMatchningOpslag), so the flow has it now.
            else if (open.Status == MatchningStatus.Valgt) open.ValgModtagetAfForloeb = true;
            return;
        }
        var indstilling = await db.Indstillinger.IgnoreQueryFilters().AsNoTracking()
            .SingleOrDefaultAsync(i => i.KommuneId == kommuneId && i.SagId == sagId && i.Id == indstillingId, cancellationToken);
        if (indstilling is null) return;
        db.Matchninger.Add(new Matchning
        {
            Id = Guid.NewGuid(), KommuneId = kommuneId, SagId = sagId, IndstillingId = indstillingId, Status = MatchningStatus.AfventerBehov,
            IndsatsType = indstilling.IndsatsType, Lovgrundlag = indstilling.Lovgrundlag, Omfang = await BesluttetOmfang.ForAsync(db, indstilling, cancellationToken),
            Enhed = indstilling.Enhed,
            Start = indstilling.Start, Slut = indstilling.ForventetSlut, Budrunde = budrunde, BevillingId = bevillingId, OprettetAf = "system", OprettetAt = now,
        });
    }
}
