using Microsoft.EntityFrameworkCore;
using Visitation.Host.Infrastructure.Persistence;
using Visitation.Workflows.Persistence;

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

    public static async Task<bool> IsOwnAsync(VisitationDbContext db, StepCommit commit, Guid kommuneId, Guid sagId, ILogger? logger,
        CancellationToken cancellationToken)
    {
        var own = await db.Sager.IgnoreQueryFilters().AsNoTracking().Where(s => s.KommuneId == kommuneId && s.Id == sagId)
            .Select(s => s.WorkflowInstanceId).SingleOrDefaultAsync(cancellationToken);
        if (own is not null)
        {
            string? id = commit.Step.State.Id;
            var parent = commit.Step.State.ParentInstanceId;
            for (var depth = 0; id is not null && depth < MaxDepth; depth++)
            {
                if (id == own) return true;
                id = parent;
                if (id is not null) parent = await ParentOfAsync(commit, id, cancellationToken);
            }
        }
        logger?.LogWarning("Flow instance {InstanceId} ({DefinitionId}) is not its case's own flow; its case effects were skipped",
            commit.Step.State.Id, commit.Step.State.DefinitionId);
        return false;
    }

    static async Task<string?> ParentOfAsync(StepCommit commit, string instanceId, CancellationToken cancellationToken)
    {
        await using var command = commit.Connection.CreateCommand();
        command.Transaction = commit.Transaction;
        command.CommandText = """SELECT "ParentInstanceId" FROM wf_instances WHERE "Id" = @id AND "TenantId" = @tenant""";
        var id = command.CreateParameter();
        id.ParameterName = "@id";
        id.Value = instanceId;
        command.Parameters.Add(id);
        var tenant = command.CreateParameter();
        tenant.ParameterName = "@tenant";
        tenant.Value = commit.TenantId;
        command.Parameters.Add(tenant);
        return await command.ExecuteScalarAsync(cancellationToken) as string;
    }
}
