using System.Text.Json.Nodes;
using Visitation.Workflows.Bookmarks;

namespace Visitation.Workflows.Execution;

/// <summary>The result of one step of an instance: its new state and the effects to persist with it.</summary>
/// <remarks>
/// Everything here is meant to commit in one transaction: the state (with its new version), the journal
/// entries, the bookmark rows created and removed, the outbox messages, and the child instances to start.
/// </remarks>
public sealed class WorkflowStep
{
    public required WorkflowState State { get; init; }
    public List<JournalEntry> Journal { get; } = [];
    public List<Bookmark> BookmarksCreated { get; } = [];
    public List<Bookmark> BookmarksRemoved { get; } = [];
    public List<OutboxMessage> Outbox { get; } = [];
    public List<ChildWorkflowRequest> ChildWorkflows { get; } = [];
    public List<Incident> Incidents { get; } = [];
}

/// <summary>What happened to an activity.</summary>
public enum JournalEvent { Started, Completed, Faulted, Resumed, Suspended, Cancelled, Migrated }

/// <summary>One journal row: the execution log, source for process mining and lead times.</summary>
public sealed record JournalEntry
{
    public required string WorkflowInstanceId { get; init; }

    /// <summary>Position in the instance's journal (1, 2, ...): orders entries that share a timestamp.</summary>
    public required long Sequence { get; init; }

    public required DateTimeOffset Timestamp { get; init; }
    public string? ActivityId { get; init; }
    public string? ActivityType { get; init; }
    public required JournalEvent Event { get; init; }
    public string? Outcome { get; init; }
    public string? Actor { get; init; }

    /// <summary>Free text, e.g. a WriteLine's text or a fault message.</summary>
    public string? Message { get; init; }
}

/// <summary>A side effect that leaves through the outbox (at least once; receivers dedupe on <see cref="DeduplicationKey"/>).</summary>
public sealed record OutboxMessage
{
    public required string Id { get; init; }
    public required string Type { get; init; }
    public required JsonNode? Payload { get; init; }
    public required string DeduplicationKey { get; init; }
    public required string WorkflowInstanceId { get; init; }
    public string? CorrelationId { get; init; }
    public required DateTimeOffset CreatedAt { get; init; }
}

/// <summary>A child instance to start after the parent's step has been committed.</summary>
public sealed record ChildWorkflowRequest
{
    public required string ChildInstanceId { get; init; }
    public string? TenantId { get; init; }
    public required string DefinitionId { get; init; }
    /// <summary>A version number, or null for the published version.</summary>
    public int? DefinitionVersion { get; init; }
    public Dictionary<string, JsonNode?> Input { get; init; } = new();
    public string? CorrelationId { get; init; }
    public required string ParentInstanceId { get; init; }
    /// <summary>The parent's bookmark to resume when the child finishes; null when the parent does not wait.</summary>
    public string? ParentBookmarkId { get; init; }
}
