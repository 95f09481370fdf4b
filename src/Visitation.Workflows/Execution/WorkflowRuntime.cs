using System.Text.Json.Nodes;
using Visitation.Workflows.Bookmarks;
using Visitation.Workflows.Definitions;
using Visitation.Workflows.Timers;

namespace Visitation.Workflows.Execution;

/// <summary>Orchestrates instances over a store: start, resume, events, children, timers, cancel, retry.</summary>
/// <remarks>
/// <para>Every step is: load state, run (<see cref="WorkflowRunner"/>), save the state with its effects in one
/// <see cref="IWorkflowStore.SaveStepAsync"/>. Then the follow-ups run, each as its own step: children are
/// started, and a finished child resumes its waiting parent with
/// <c>{ workflowInstanceId, status, subStatus, output }</c>.</para>
/// <para>Children are started right after the parent's step commits. For crash safety the host may also
/// keep <see cref="WorkflowStep.ChildWorkflows"/> as outbox rows and call <see cref="StartChildAsync"/> (and
/// <see cref="ResumeParentAsync"/> for finished children); both are idempotent.</para>
/// <para>Resuming a bookmark that no longer exists throws <see cref="BookmarkNotFoundException"/> (HTTP 409); an
/// invalid resume input throws <see cref="Activities.ResumeRejectedException"/> and changes nothing.
/// Idempotency keys are the caller's concern (the host stores them with the first result).</para>
/// </remarks>
public sealed partial class WorkflowRuntime(IWorkflowStore store, WorkflowRunner runner, TimeProvider clock)
{

    public WorkflowRunner Runner => runner;

    /// <summary>Starts a new instance of a definition (the published version unless <paramref name="version"/> is given).</summary>
    public async Task<WorkflowStep> StartAsync(string definitionId, StartWorkflowOptions? options = null, int? version = null, CancellationToken cancellationToken = default)
    {
        var definition = await store.LoadDefinitionAsync(options?.TenantId, definitionId, version, cancellationToken)
            ?? throw new WorkflowNotFoundException($"Workflow definition '{definitionId}'{(version is null ? "" : $" version {version}")} was not found.");
        var step = await runner.StartAsync(definition, options, cancellationToken);
        await CommitAsync(step, 0, cancellationToken);
        return step;
    }

    /// <summary>Resumes one bookmark of an instance with an input (a timer's bookmark may be resumed early).</summary>
    public async Task<WorkflowStep> ResumeAsync(string instanceId, string bookmarkId, JsonNode? input = null, string? actor = null, CancellationToken cancellationToken = default)
    {
        var (definition, state) = await LoadAsync(instanceId, cancellationToken);
        var expectedVersion = state.Version;
        var step = await runner.ResumeOwnedAsync(definition, state, bookmarkId, input, actor, cancellationToken);
        await CommitAsync(step, expectedVersion, cancellationToken);
        return step;
    }

    /// <summary>Resumes every bookmark waiting for this stimulus (name + payload + correlation id).</summary>
    public async Task<IReadOnlyList<WorkflowStep>> ResumeByStimulusAsync(string name, JsonNode? payload, string? correlationId, JsonNode? input = null, string? actor = null, string? tenantId = null, CancellationToken cancellationToken = default)
    {
        var steps = new List<WorkflowStep>();
        foreach (var bookmark in await store.FindBookmarksByHashAsync(tenantId, BookmarkHasher.Hash(name, payload, correlationId), cancellationToken))
        {
            try { steps.Add(await ResumeAsync(bookmark.WorkflowInstanceId, bookmark.Id, input, actor, cancellationToken)); }
            catch (BookmarkNotFoundException) { } // taken by a concurrent resume
        }
        return steps;
    }

    /// <summary>
    /// Delivers an event: resumes the <c>Elsa.Event</c> bookmarks waiting for it with this correlation id, and
    /// starts an instance of every published definition with an Event trigger of that name.
    /// </summary>
    public async Task<IReadOnlyList<WorkflowStep>> TriggerEventAsync(string eventName, string? correlationId, JsonNode? payload = null, string? actor = null, string? tenantId = null, CancellationToken cancellationToken = default)
    {
        var steps = (await ResumeByStimulusAsync(eventName, null, correlationId, payload, actor, tenantId, cancellationToken)).ToList();
        foreach (var trigger in await store.FindTriggersByHashAsync(tenantId, BookmarkHasher.Hash(eventName, null, null), cancellationToken))
            steps.Add(await StartAsync(trigger.DefinitionId, new StartWorkflowOptions
            {
                TenantId = trigger.TenantId,
                CorrelationId = correlationId,
                TriggerActivityId = trigger.ActivityId,
                TriggerInput = payload?.DeepClone(),
                Actor = actor,
            }, trigger.DefinitionVersion, cancellationToken));
        return steps;
    }

    /// <summary>Indexes the triggers of a newly published version (replacing the previous version's).</summary>
    public async Task<IReadOnlyList<WorkflowTrigger>> PublishTriggersAsync(WorkflowDefinition definition, string? tenantId = null, CancellationToken cancellationToken = default)
    {
        var triggers = TriggerIndexer.Index(definition, clock.GetUtcNow(), runner.Options.TimeZone, runner.Options.NewId, tenantId);
        await store.ReplaceTriggersAsync(tenantId, definition.DefinitionId, triggers, cancellationToken);
        return triggers;
    }

    /// <summary>Removes a retracted definition's triggers.</summary>
    public ValueTask RetractTriggersAsync(string definitionId, string? tenantId = null, CancellationToken cancellationToken = default) =>
        store.ReplaceTriggersAsync(tenantId, definitionId, [], cancellationToken);

    /// <summary>
    /// Moves an instance to another version of its definition (see <see cref="WorkflowMigrator"/>); with
    /// <paramref name="dryRun"/> only reports. Saved like a step, under the instance's version.
    /// </summary>
    public async Task<MigrationResult> MigrateAsync(string instanceId, int targetVersion, IReadOnlyDictionary<string, string>? activityMap = null,
        bool dryRun = false, CancellationToken cancellationToken = default)
    {
        var (source, state) = await LoadAsync(instanceId, cancellationToken);
        var target = await store.LoadDefinitionAsync(state.TenantId, state.DefinitionId, targetVersion, cancellationToken)
            ?? throw new WorkflowNotFoundException($"Workflow definition '{state.DefinitionId}' version {targetVersion} was not found.");
        var result = WorkflowMigrator.Migrate(source, state, target, activityMap, dryRun, clock);
        if (result.Step is { } step) await store.SaveStepAsync(step, state.Version, cancellationToken);
        return result;
    }

    public async Task<WorkflowStep> CancelAsync(string instanceId, string? actor = null, CancellationToken cancellationToken = default)
    {
        var (definition, state) = await LoadAsync(instanceId, cancellationToken);
        var step = runner.Cancel(definition, state, actor);
        await CommitAsync(step, state.Version, cancellationToken);
        return step;
    }

    public async Task<WorkflowStep> RetryAsync(string instanceId, string? actor = null, CancellationToken cancellationToken = default)
    {
        var (definition, state) = await LoadAsync(instanceId, cancellationToken);
        var step = await runner.RetryAsync(definition, state, actor, cancellationToken);
        await CommitAsync(step, state.Version, cancellationToken);
        return step;
    }

    async Task<(WorkflowDefinition, WorkflowState)> LoadAsync(string instanceId, CancellationToken cancellationToken)
    {
        var state = await store.LoadInstanceAsync(instanceId, cancellationToken)
            ?? throw new WorkflowNotFoundException($"Workflow instance '{instanceId}' was not found.");
        var definition = await store.LoadDefinitionAsync(state.TenantId, state.DefinitionId, state.DefinitionVersion, cancellationToken)
            ?? throw new WorkflowNotFoundException($"Workflow definition '{state.DefinitionId}' version {state.DefinitionVersion} was not found.");
        return (definition, state);
    }

    async Task CommitAsync(WorkflowStep step, long expectedVersion, CancellationToken cancellationToken)
    {
        await store.SaveStepAsync(step, expectedVersion, cancellationToken);
        foreach (var child in step.ChildWorkflows)
            await StartChildAsync(child, cancellationToken);
        await ResumeParentAsync(step.State, cancellationToken);
    }
}
