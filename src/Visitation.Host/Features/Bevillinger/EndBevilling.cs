using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Visitation.Activities.Bevillinger;
using Visitation.Host.Infrastructure.Outbox;
using Visitation.Host.Infrastructure.Persistence;
using Visitation.Workflows.Execution;

namespace Visitation.Host.Features.Bevillinger;

/// <summary>Ends a grant of the case when its flow says so (<c>Visitation.AfslutBevilling</c>), inside the step's transaction.</summary>
public sealed class EndBevilling : IOutboxHandler<AfslutBevilling>
{
    public async ValueTask HandleAsync(OutboxMessage message, StepContext step, CancellationToken cancellationToken)
    {
        if (step.SagId is not { } sagId || !await step.IsOwnFlowOfAsync(sagId, cancellationToken)) return;
        await EndAsync(step.Db, step.KommuneId, sagId, message.Payload!, step.Now, cancellationToken);
        step.Audit(sagId, "bevilling.end", StepContext.ActorOf(message) ?? "system");
    }

    static async Task EndAsync(VisitationDbContext db, Guid kommuneId, Guid sagId, JsonNode payload, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var bevillingId = Guid.Parse(payload["bevillingId"]!.GetValue<string>());
        var bevilling = await db.Bevillinger.SingleOrDefaultAsync(b => b.KommuneId == kommuneId && b.SagId == sagId && b.Id == bevillingId, cancellationToken)
                        ?? throw new InvalidOperationException("The grant to end is not on the flow's case.");
        var end = DateOnly.ParseExact(payload["slut"]!.GetValue<string>(), "yyyy-MM-dd");
        // A line ends on the given day, but never before it starts (then it costs nothing: it ends the day before).
        bevilling.Slut = end < bevilling.Start ? bevilling.Start.AddDays(-1) : GrantBevilling.Earliest(bevilling.Slut, end);
        bevilling.Status = BevillingStatus.Afsluttet;
        bevilling.AfslutningsAarsag = payload["aarsag"]?.GetValue<string>();
        bevilling.AfsluttetAt = now;
    }
}
