using Microsoft.EntityFrameworkCore;
using Visitation.Host.Infrastructure.Persistence;
using Visitation.Workflows.Execution;

namespace Visitation.Host.Features.Sager;

/// <summary>
/// Whether a committed step may change a case: only the case's own flow instance (<see cref="Sag.WorkflowInstanceId"/>)
/// and the children it started may decide, grant, order, close or plan for it. Another flow that merely carries the
/// case's id as its correlation id (a designer's own run, say) changes nothing on the case; its messages are skipped
/// and a warning is logged without case data.
/// </summary>
public static class CaseFlowOwnership
{
    const int MaxDepth = 16;

    // db: a context on the step's connection and transaction.
    public static async Task<bool> IsOwnAsync(VisitationDbContext db, WorkflowStep step, Guid kommuneId, Guid sagId, ILogger? logger,
        CancellationToken cancellationToken)
    {
        var own = await db.Sager.AsNoTracking().Where(s => s.KommuneId == kommuneId && s.Id == sagId)
            .Select(s => s.WorkflowInstanceId).SingleOrDefaultAsync(cancellationToken);
        if (own is not null)
        {
            string? id = step.State.Id;
            var parent = step.State.ParentInstanceId;
            for (var depth = 0; id is not null && depth < MaxDepth; depth++)
            {
                if (id == own) return true;
                id = parent;
                if (id is not null) parent = await ParentOfAsync(db, id, cancellationToken);
            }
        }
        logger?.LogWarning("Flow instance {InstanceId} ({DefinitionId}) is not its case's own flow; its case effects were skipped",
            step.State.Id, step.State.DefinitionId);
        return false;
    }

    // The engine's instances share the connection; the parent link is the one column read here.
    static async Task<string?> ParentOfAsync(VisitationDbContext db, string instanceId, CancellationToken cancellationToken) =>
        (await db.Database.SqlQueryRaw<string?>("""SELECT "ParentInstanceId" AS "Value" FROM wf_instances WHERE "Id" = {0}""", instanceId)
            .ToListAsync(cancellationToken)).FirstOrDefault();
}
