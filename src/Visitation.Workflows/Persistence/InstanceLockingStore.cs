using Visitation.Workflows.Bookmarks;
using Visitation.Workflows.Definitions;
using Visitation.Workflows.Execution;
using Visitation.Workflows.Timers;

namespace Visitation.Workflows.Persistence;

/// <summary>
/// The EF store with one addition: an instance loaded inside a transaction is locked first, so one node at a
/// time executes it. A concurrent resume of the same instance waits for the first commit and then sees the
/// state that commit left (the bookmark it wanted is gone: 409), instead of running a transition that the
/// version guard would throw away. Outside a transaction the version guard alone decides.
/// </summary>
public sealed class InstanceLockingStore(EfWorkflowStore inner, WorkflowDbContext db) : IWorkflowStore
{
    public async ValueTask<WorkflowState?> LoadInstanceAsync(string instanceId, CancellationToken cancellationToken = default)
    {
        if (db.Database.CurrentTransaction is not null)
            await DueWorkClaims.LockInstanceAsync(db, inner.TenantId, instanceId, skipLocked: false, cancellationToken);
        return await inner.LoadInstanceAsync(instanceId, cancellationToken);
    }

    public ValueTask<WorkflowDefinition?> LoadDefinitionAsync(string? tenantId, string definitionId, int? version, CancellationToken cancellationToken = default) =>
        inner.LoadDefinitionAsync(tenantId, definitionId, version, cancellationToken);

    public ValueTask SaveStepAsync(WorkflowStep step, long expectedVersion, CancellationToken cancellationToken = default) =>
        inner.SaveStepAsync(step, expectedVersion, cancellationToken);

    public ValueTask<IReadOnlyList<Bookmark>> FindBookmarksByHashAsync(string? tenantId, string hash, CancellationToken cancellationToken = default) =>
        inner.FindBookmarksByHashAsync(tenantId, hash, cancellationToken);

    public ValueTask<IReadOnlyList<Bookmark>> FindDueBookmarksAsync(DateTimeOffset now, int max, CancellationToken cancellationToken = default) =>
        inner.FindDueBookmarksAsync(now, max, cancellationToken);

    public ValueTask ReplaceTriggersAsync(string? tenantId, string definitionId, IReadOnlyList<WorkflowTrigger> triggers, CancellationToken cancellationToken = default) =>
        inner.ReplaceTriggersAsync(tenantId, definitionId, triggers, cancellationToken);

    public ValueTask<IReadOnlyList<WorkflowTrigger>> FindTriggersByHashAsync(string? tenantId, string hash, CancellationToken cancellationToken = default) =>
        inner.FindTriggersByHashAsync(tenantId, hash, cancellationToken);

    public ValueTask<IReadOnlyList<WorkflowTrigger>> FindDueTriggersAsync(DateTimeOffset now, int max, CancellationToken cancellationToken = default) =>
        inner.FindDueTriggersAsync(now, max, cancellationToken);

    public ValueTask<bool> AdvanceTriggerAsync(WorkflowTrigger trigger, DateTimeOffset? nextDueAt, CancellationToken cancellationToken = default) =>
        inner.AdvanceTriggerAsync(trigger, nextDueAt, cancellationToken);
}
