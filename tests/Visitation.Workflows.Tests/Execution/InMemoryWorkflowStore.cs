using Visitation.Workflows.Bookmarks;
using Visitation.Workflows.Definitions;
using Visitation.Workflows.Definitions.Serialization;
using Visitation.Workflows.Execution;
using Visitation.Workflows.Timers;

namespace Visitation.Workflows.Tests.Execution;

/// <summary>A store for tests: states go through JSON on every save and load, as they would in a database.</summary>
public sealed class InMemoryWorkflowStore : IWorkflowStore
{
    readonly Dictionary<(string?, string, int), string> _definitions = new();
    readonly Dictionary<string, string> _instances = new();
    readonly Dictionary<string, Bookmark> _bookmarks = new();
    readonly List<WorkflowTrigger> _triggers = [];
    readonly HashSet<string> _outboxKeys = [];

    public List<JournalEntry> Journal { get; } = [];
    public List<OutboxMessage> Outbox { get; } = [];
    public List<Incident> Incidents { get; } = [];
    public IReadOnlyCollection<Bookmark> Bookmarks => _bookmarks.Values;
    public IReadOnlyList<WorkflowTrigger> Triggers => _triggers;
    public IEnumerable<WorkflowState> Instances => _instances.Values.Select(WorkflowState.FromJson);

    /// <summary>Lines written by <c>Elsa.WriteLine</c>, across instances, in the order they were committed.</summary>
    public IReadOnlyList<string> Lines => Journal
        .Where(j => j.ActivityType == WellKnownActivityTypes.WriteLine && j.Event == JournalEvent.Completed)
        .Select(j => j.Message ?? "").ToList();

    public void AddDefinition(WorkflowDefinition definition, string? tenantId = null) =>
        _definitions[(tenantId, definition.DefinitionId, definition.Version)] = DefinitionSerializer.Write(definition);

    public ValueTask<WorkflowDefinition?> LoadDefinitionAsync(string? tenantId, string definitionId, int? version, CancellationToken cancellationToken = default)
    {
        var key = _definitions.Keys.Where(k => k.Item1 == tenantId && k.Item2 == definitionId && (version is null || k.Item3 == version))
            .OrderByDescending(k => k.Item3).Cast<(string?, string, int)?>().FirstOrDefault();
        return ValueTask.FromResult(key is null ? null : DefinitionSerializer.Read(_definitions[key.Value]));
    }

    public ValueTask<WorkflowState?> LoadInstanceAsync(string instanceId, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(_instances.TryGetValue(instanceId, out var json) ? WorkflowState.FromJson(json) : null);

    public WorkflowState Instance(string id) => WorkflowState.FromJson(_instances[id]);

    public ValueTask SaveStepAsync(WorkflowStep step, long expectedVersion, CancellationToken cancellationToken = default)
    {
        var current = _instances.TryGetValue(step.State.Id, out var json) ? WorkflowState.FromJson(json).Version : 0;
        if (current != expectedVersion) throw new WorkflowConcurrencyException(step.State.Id, expectedVersion);
        foreach (var message in step.Outbox)
            if (!_outboxKeys.Add(message.DeduplicationKey))
                throw new InvalidOperationException($"Duplicate outbox key {message.DeduplicationKey}.");
        step.State.Version = expectedVersion + 1;
        _instances[step.State.Id] = step.State.ToJson();
        foreach (var removed in step.BookmarksRemoved) _bookmarks.Remove(removed.Id);
        foreach (var created in step.BookmarksCreated) _bookmarks[created.Id] = created;
        Journal.AddRange(step.Journal);
        Outbox.AddRange(step.Outbox);
        Incidents.AddRange(step.Incidents);
        return ValueTask.CompletedTask;
    }

    public ValueTask<IReadOnlyList<Bookmark>> FindBookmarksByHashAsync(string? tenantId, string hash, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult<IReadOnlyList<Bookmark>>(_bookmarks.Values.Where(b => b.TenantId == tenantId && b.Hash == hash).OrderBy(b => b.CreatedAt).ToList());

    public ValueTask<IReadOnlyList<Bookmark>> FindDueBookmarksAsync(DateTimeOffset now, int max, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult<IReadOnlyList<Bookmark>>(_bookmarks.Values.Where(b => b.DueAt <= now).OrderBy(b => b.DueAt).Take(max).ToList());

    public ValueTask ReplaceTriggersAsync(string? tenantId, string definitionId, IReadOnlyList<WorkflowTrigger> triggers, CancellationToken cancellationToken = default)
    {
        _triggers.RemoveAll(t => t.TenantId == tenantId && t.DefinitionId == definitionId);
        _triggers.AddRange(triggers);
        return ValueTask.CompletedTask;
    }

    public ValueTask<IReadOnlyList<WorkflowTrigger>> FindTriggersByHashAsync(string? tenantId, string hash, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult<IReadOnlyList<WorkflowTrigger>>(_triggers.Where(t => t.TenantId == tenantId && t.Hash == hash).ToList());

    public ValueTask<IReadOnlyList<WorkflowTrigger>> FindDueTriggersAsync(DateTimeOffset now, int max, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult<IReadOnlyList<WorkflowTrigger>>(_triggers.Where(t => t.DueAt <= now).OrderBy(t => t.DueAt).Take(max).ToList());

    public ValueTask<bool> AdvanceTriggerAsync(WorkflowTrigger trigger, DateTimeOffset? nextDueAt, CancellationToken cancellationToken = default)
    {
        var index = _triggers.FindIndex(t => t.Id == trigger.Id && t.DueAt == trigger.DueAt);
        if (index < 0) return ValueTask.FromResult(false);
        _triggers[index] = trigger with { DueAt = nextDueAt };
        return ValueTask.FromResult(true);
    }
}
