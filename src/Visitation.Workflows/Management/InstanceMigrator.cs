using Microsoft.EntityFrameworkCore;
using Visitation.Workflows.Execution;

namespace Visitation.Workflows.Management;

/// <summary>
/// Migrates a tenant's running instances of one version to another (<see cref="WorkflowMigrator"/> does the
/// moving): a dry run reports per instance what would move where and what cannot be mapped; applying
/// migrates each instance that can be, under its version guard, and leaves the others as they were.
/// </summary>
public sealed class InstanceMigrator(WorkflowRuntime runtime, IWorkflowStore store, Persistence.WorkflowDbContext db, string tenantId)
{
    public async Task<InstanceMigrationResult> MigrateAsync(InstanceMigrationRequest request, CancellationToken cancellationToken = default)
    {
        foreach (var version in new[] { request.FromVersion, request.ToVersion })
            if (await store.LoadDefinitionAsync(tenantId, request.DefinitionId, version, cancellationToken) is null)
                throw new WorkflowNotFoundException($"Workflow definition '{request.DefinitionId}' version {version} was not found.");

        var query = db.Instances.AsNoTracking().Where(i => i.TenantId == tenantId && i.DefinitionId == request.DefinitionId
            && i.DefinitionVersion == request.FromVersion && i.Status == WorkflowStatus.Running);
        if (request.InstanceIds is { } ids) query = query.Where(i => ids.Contains(i.Id));
        var instanceIds = await query.OrderBy(i => i.CreatedAt).Select(i => i.Id).ToListAsync(cancellationToken);
        if (request.InstanceIds?.Except(instanceIds).FirstOrDefault() is { } missing)
            throw new WorkflowNotFoundException($"Instance '{missing}' is not a running instance of version {request.FromVersion}.");

        var reports = new List<InstanceMigrationReport>();
        foreach (var instanceId in instanceIds)
        {
            var state = await store.LoadInstanceAsync(instanceId, cancellationToken);
            if (state is null) continue;
            var result = await runtime.MigrateAsync(instanceId, request.ToVersion, request.Mapping, request.DryRun, cancellationToken);
            var moves = state.Activities.OrderBy(a => a.Key, StringComparer.Ordinal)
                .Select(a => new ActivityMove(a.Key, request.Mapping.GetValueOrDefault(a.Key) ?? a.Key, a.Value.Status.ToString()))
                .ToList();
            reports.Add(new InstanceMigrationReport(instanceId, result.CanMigrate, result.Step is not null, moves, result.Problems, result.Warnings));
        }
        return new InstanceMigrationResult(request.DefinitionId, request.FromVersion, request.ToVersion, request.DryRun, reports);
    }
}
