using System.Text.Json;
using System.Text.Json.Nodes;
using Visitation.Workflows.Bookmarks;
using Visitation.Workflows.Expressions;

namespace Visitation.Workflows.Execution;

/// <summary>Running or finished: the coarse status of an instance.</summary>
public enum WorkflowStatus { Running, Finished }

/// <summary>The detailed status of an instance.</summary>
public enum WorkflowSubStatus { Pending, Executing, Suspended, Finished, Faulted, Cancelled }

/// <summary>The complete, serialisable state of one workflow instance between two steps.</summary>
/// <remarks>
/// This is what the store persists (one JSON document per instance, plus the bookmarks as indexed rows).
/// <see cref="Version"/> is the optimistic concurrency number: the store increments it on every save and
/// refuses a save whose expected version does not match. Variables, input and output are JSON by name.
/// </remarks>
public sealed class WorkflowState
{
    public required string Id { get; set; }

    /// <summary>The tenant (municipality) the instance belongs to; opaque to the engine, inherited by children.</summary>
    public string? TenantId { get; set; }

    public required string DefinitionId { get; set; }
    public int DefinitionVersion { get; set; }
    public string? CorrelationId { get; set; }
    public WorkflowStatus Status { get; set; } = WorkflowStatus.Running;
    public WorkflowSubStatus SubStatus { get; set; } = WorkflowSubStatus.Pending;

    /// <summary>The parent instance when this instance was started by <c>Elsa.ExecuteWorkflow</c>.</summary>
    public string? ParentInstanceId { get; set; }

    public Dictionary<string, JsonNode?> Variables { get; set; } = new(StringComparer.Ordinal);
    public Dictionary<string, JsonNode?> Input { get; set; } = new(StringComparer.Ordinal);
    public Dictionary<string, JsonNode?> Output { get; set; } = new(StringComparer.Ordinal);

    /// <summary>Free-form properties, e.g. <c>ParentInstanceId</c> and <c>ParentBookmarkId</c> of a child.</summary>
    public Dictionary<string, JsonNode?> Properties { get; set; } = new(StringComparer.Ordinal);

    /// <summary>Per activity id: status, counters and the activity's own data.</summary>
    public Dictionary<string, ActivityState> Activities { get; set; } = new(StringComparer.Ordinal);

    /// <summary>Per join target: the state of each inbound connection (implicit and explicit joins).</summary>
    public Dictionary<string, JoinState> Joins { get; set; } = new(StringComparer.Ordinal);

    /// <summary>Work not yet done: non-empty only while executing, or when a fault left work to retry.</summary>
    public List<ScheduledWork> Scheduled { get; set; } = [];

    public List<Bookmark> Bookmarks { get; set; } = [];
    public List<Incident> Incidents { get; set; } = [];

    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public DateTimeOffset? FinishedAt { get; set; }

    /// <summary>The sequence number of the last journal entry written for this instance.</summary>
    public long JournalSequence { get; set; }

    /// <summary>Optimistic concurrency number, maintained by the store.</summary>
    public long Version { get; set; }

    /// <summary>A deep copy (through JSON), so that a failed step never touches the caller's state.</summary>
    public WorkflowState Clone() => JsonSerializer.Deserialize<WorkflowState>(JsonSerializer.Serialize(this, ValueConverter.Json), ValueConverter.Json)!;

    public string ToJson() => JsonSerializer.Serialize(this, ValueConverter.Json);

    public static WorkflowState FromJson(string json) => JsonSerializer.Deserialize<WorkflowState>(json, ValueConverter.Json)!;
}

/// <summary>Status of one activity of an instance.</summary>
public enum ActivityStatus { Running, Waiting, Completed, Faulted, Cancelled }

/// <summary>What the instance remembers about one activity.</summary>
public sealed class ActivityState
{
    public ActivityStatus Status { get; set; }

    /// <summary>The current (or last) activity instance id; a loop gives each run a new one.</summary>
    public string? InstanceId { get; set; }

    public int ExecutionCount { get; set; }

    /// <summary>Failed attempts of the current run (for the retry policy).</summary>
    public int FailedAttempts { get; set; }

    /// <summary>The activity's own data (e.g. a task id or a child instance id).</summary>
    public JsonObject Data { get; set; } = new();
}

/// <summary>The state of a join target's inbound connections.</summary>
public sealed class JoinState
{
    /// <summary>Inbound connection key (<c>source:port</c>) → its state in the current wave.</summary>
    public Dictionary<string, InboundState> Inbound { get; set; } = new(StringComparer.Ordinal);

    /// <summary>A WaitAny join that has fired and absorbs the remaining arrivals of the same wave.</summary>
    public bool Fired { get; set; }
}

/// <summary>The state of one inbound connection of a join.</summary>
public enum InboundState
{
    Pending,
    /// <summary>The source completed with this port.</summary>
    Taken,
    /// <summary>The source completed with another port.</summary>
    Declined,
    /// <summary>The source will not run in this wave (all of its own inbound connections are dead).</summary>
    Pruned,
}

/// <summary>One activity waiting to run in the current step (or left for a retry after a fault).</summary>
/// <param name="ActivityId">The activity to run.</param>
/// <param name="Bookmark">For a resume: the bookmark being resumed (its callback runs instead of the activity).</param>
/// <param name="Input">The resume input, or the trigger's payload.</param>
public sealed record ScheduledWork(string ActivityId, Bookmark? Bookmark = null, JsonNode? Input = null);

/// <summary>A recorded problem of an instance: a fault, or a stall.</summary>
public sealed record Incident
{
    public required string Kind { get; init; }
    public string? ActivityId { get; init; }
    public string? ActivityType { get; init; }
    public string? ExceptionType { get; init; }
    public required string Message { get; init; }
    public required DateTimeOffset At { get; init; }

    public const string Fault = "Fault";
    public const string Stalled = "Stalled";

    /// <summary>A due timer failed to fire so many times that the scheduler stopped trying.</summary>
    public const string TimerFailed = "TimerFailed";
}
