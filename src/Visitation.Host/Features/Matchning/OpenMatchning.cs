using Microsoft.EntityFrameworkCore;
using Visitation.Activities.Matchning;
using Visitation.Host.Infrastructure.Outbox;
using Visitation.Host.Infrastructure.Persistence;
using Visitation.Workflows.Execution;

namespace Visitation.Host.Features.Matchning;

/// <summary>
/// Opens the indstilling's matching when a case's flow asks for it (<c>Visitation.Matchning</c>), inside the step's own
/// transaction: awaiting the need, with the bid round and frame the flow names, unless one is open already (a choice the
/// flow already received is cleared, so a new offer can be chosen after a provider's decline).
/// </summary>
public sealed class OpenMatchning : IOutboxHandler<MatchTilbud>
{
    public async ValueTask HandleAsync(OutboxMessage message, StepContext step, CancellationToken cancellationToken)
    {
        if (step.SagId is not { } sagId || !await step.IsOwnFlowOfAsync(sagId, cancellationToken) || !Guid.TryParse(message.Payload?["indstillingId"]?.GetValue<string>(), out var indstillingId)) return;
        var bevillingId = Guid.TryParse(message.Payload?["bevillingId"]?.GetValue<string>(), out var grant) ? grant : (Guid?)null;
        await OpenAsync(step.Db, step.KommuneId, sagId, indstillingId, message.Payload?["budrunde"]?.GetValue<bool>() == true, bevillingId, step.Now,
            cancellationToken);
    }

    static async Task OpenAsync(VisitationDbContext db, Guid kommuneId, Guid sagId, Guid indstillingId, bool budrunde, Guid? bevillingId, DateTimeOffset now,
        CancellationToken cancellationToken)
    {
        var open = await db.Matchninger
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
        var indstilling = await db.Indstillinger.AsNoTracking()
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
