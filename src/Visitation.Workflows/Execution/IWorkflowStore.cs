using Visitation.Workflows.Bookmarks;
using Visitation.Workflows.Definitions;
using Visitation.Workflows.Timers;

namespace Visitation.Workflows.Execution;

/// <summary>What <see cref="WorkflowRuntime"/> needs from storage. Implemented by the host on EF Core.</summary>
/// <remarks>
/// <see cref="SaveStepAsync"/> is the transaction boundary: the instance row (guarded by its version), the
/// bookmark rows created and removed, the journal rows, the incidents and the outbox rows of one step commit
/// together or not at all. Bookmarks are indexed by <see cref="Bookmark.Hash"/> and by <see cref="Bookmark.DueAt"/>.
/// The tenant (the municipality) scopes definition ids, stimuli and triggers; the engine passes it through and
/// never interprets it. Lookups by instance id and the scheduler's due-time queries span tenants (each row
/// carries its tenant).
/// </remarks>
public interface IWorkflowStore
{
    /// <summary>A definition of a tenant by id and version; <paramref name="version"/> null means the published version.</summary>
    ValueTask<WorkflowDefinition?> LoadDefinitionAsync(string? tenantId, string definitionId, int? version, CancellationToken cancellationToken = default);

    ValueTask<WorkflowState?> LoadInstanceAsync(string instanceId, CancellationToken cancellationToken = default);

    /// <summary>
    /// Commits a step. <paramref name="expectedVersion"/> is the version the state was loaded with (0 for a new
    /// instance); the store sets <c>step.State.Version</c> to the next number, or throws
    /// <see cref="WorkflowConcurrencyException"/> when another node saved first.
    /// </summary>
    ValueTask SaveStepAsync(WorkflowStep step, long expectedVersion, CancellationToken cancellationToken = default);

    /// <summary>Bookmarks waiting for a stimulus with this hash, oldest first.</summary>
    ValueTask<IReadOnlyList<Bookmark>> FindBookmarksByHashAsync(string? tenantId, string hash, CancellationToken cancellationToken = default);

    /// <summary>Timer bookmarks due at or before <paramref name="now"/>, earliest first (the scheduler claims them).</summary>
    ValueTask<IReadOnlyList<Bookmark>> FindDueBookmarksAsync(DateTimeOffset now, int max, CancellationToken cancellationToken = default);

    /// <summary>Replaces the triggers of a definition (publish: the new version's; retract: none).</summary>
    ValueTask ReplaceTriggersAsync(string? tenantId, string definitionId, IReadOnlyList<WorkflowTrigger> triggers, CancellationToken cancellationToken = default);

    ValueTask<IReadOnlyList<WorkflowTrigger>> FindTriggersByHashAsync(string? tenantId, string hash, CancellationToken cancellationToken = default);

    ValueTask<IReadOnlyList<WorkflowTrigger>> FindDueTriggersAsync(DateTimeOffset now, int max, CancellationToken cancellationToken = default);

    /// <summary>Moves a fired trigger to its next due time; false when another node already moved it (then do not start).</summary>
    ValueTask<bool> AdvanceTriggerAsync(WorkflowTrigger trigger, DateTimeOffset? nextDueAt, CancellationToken cancellationToken = default);
}

/// <summary>Another node saved the instance first: reload and try again (HTTP 409 when it reaches a caller).</summary>
public sealed class WorkflowConcurrencyException(string instanceId, long expectedVersion)
    : Exception($"Instance {instanceId} was changed by someone else (expected version {expectedVersion}).")
{
    public string InstanceId { get; } = instanceId;
}

/// <summary>No such definition, instance or bookmark: HTTP 404.</summary>
public sealed class WorkflowNotFoundException(string message) : Exception(message);
