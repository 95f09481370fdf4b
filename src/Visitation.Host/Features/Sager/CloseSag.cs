using Microsoft.EntityFrameworkCore;
using Visitation.Activities.Afgoerelser;
using Visitation.Host.Infrastructure.Outbox;
using Visitation.Workflows.Execution;

namespace Visitation.Host.Features.Sager;

/// <summary>Closes the case when its flow says so (<c>Visitation.LukSag</c>), inside the step's transaction.</summary>
public sealed class CloseSag : IOutboxHandler<LukSag>
{
    public async ValueTask HandleAsync(OutboxMessage message, StepContext step, CancellationToken cancellationToken)
    {
        if (step.SagId is not { } sagId || !await step.IsOwnFlowOfAsync(sagId, cancellationToken)) return;
        var actorName = StepContext.ActorOf(message) ?? step.StepActor ?? "system";
        var actor = await step.Db.Users.AsNoTracking().SingleOrDefaultAsync(u => u.KommuneId == step.KommuneId && u.UserName == actorName, cancellationToken);
        var (db, kommuneId) = (step.Db, step.KommuneId);
        var sag = await db.Sager.SingleOrDefaultAsync(s => s.KommuneId == kommuneId && s.Id == sagId, cancellationToken);
        if (sag is not null) sag.Status = SagStatus.Lukket;
        step.Audit(sagId, "sag.close", actorName, actor?.Id);
    }
}
