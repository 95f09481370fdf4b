using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Visitation.Host.Features.Indstillinger;
using Visitation.Host.Features.Opgaver;
using Visitation.Host.Infrastructure.Errors;
using Visitation.Host.Infrastructure.Persistence;

namespace Visitation.Host.Features.Pligter;

/// <summary>
/// The decision task (<c>afgoerelse</c>) cannot grant while a duty it waits for is open: the decision takes effect only
/// after the named level's approval, and after the justification when the row waits for it (409, nothing changes).
/// Both the decision endpoint and the work list complete the task, so both pass here.
/// </summary>
public sealed class DutyDecisionRule(VisitationDbContext db) : IWorkItemCompletionRule
{
    public async ValueTask<IReadOnlyList<ProblemError>> ValidateAsync(WorkItem item, string? action, JsonObject data, CancellationToken cancellationToken)
    {
        if (item.ActivityId != DecideIndstilling.DecisionTaskActivityId || !Guid.TryParse(item.CaseId, out var sagId)) return [];
        if (action is not ("bevilget" or "bevilget-med-aendring")) return [];
        var indstillingId = await db.Indstillinger.AsNoTracking()
            .Where(i => i.KommuneId == item.KommuneId && i.SagId == sagId && i.Status == IndstillingStatus.AfventerAfgoerelse)
            .Select(i => (Guid?)i.Id).FirstOrDefaultAsync(cancellationToken);
        if (indstillingId is null) return [];
        if (await DecisionDuties.BlockingAsync(db, item.KommuneId, indstillingId.Value, grants: true, cancellationToken) is { } blocked)
            throw new ConflictException(blocked);
        return [];
    }
}
