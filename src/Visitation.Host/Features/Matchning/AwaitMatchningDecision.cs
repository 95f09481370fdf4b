using Microsoft.EntityFrameworkCore;
using Visitation.Activities.Matchning;
using Visitation.Host.Infrastructure.Outbox;
using Visitation.Workflows.Execution;

namespace Visitation.Host.Features.Matchning;

/// <summary>
/// Records the grant whose frame a matching stays within when the flow waits for the decision on it
/// (<c>Visitation.Beslutning</c>), inside the step's transaction.
/// </summary>
public sealed class AwaitMatchningDecision : IOutboxHandler<BeslutTilbud>
{
    public async ValueTask HandleAsync(OutboxMessage message, StepContext step, CancellationToken cancellationToken)
    {
        if (step.SagId is not { } sagId
            || !await step.IsOwnFlowOfAsync(sagId, cancellationToken)
            || !Guid.TryParse(message.Payload?["bevillingId"]?.GetValue<string>(), out var bevillingId)
            || !Guid.TryParse(message.Payload?["matchningId"]?.GetValue<string>(), out var matchningId))
            return;
        var matchning = await step.Db.Matchninger.SingleOrDefaultAsync(m => m.KommuneId == step.KommuneId && m.SagId == sagId && m.Id == matchningId, cancellationToken);
        if (matchning is not null) matchning.BevillingId = bevillingId;
    }
}
