using System.Text.Json.Nodes;
using Visitation.Workflows.Execution;
using Visitation.Workflows.Persistence.Records;

namespace Visitation.Host.Features.WorkflowInstances;

/// <summary>The answer to execute, resume, trigger, cancel and retry.</summary>
public sealed record InstanceStatus(string InstanceId, WorkflowStatus Status, WorkflowSubStatus SubStatus)
{
    public static InstanceStatus From(WorkflowState state) => new(state.Id, state.Status, state.SubStatus);
}

public sealed record InstanceSummary(
    string Id, string DefinitionId, int Version, WorkflowStatus Status, WorkflowSubStatus SubStatus, string? CorrelationId,
    DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt, DateTimeOffset? FinishedAt)
{
    public static InstanceSummary From(WorkflowInstanceRecord record) => new(record.Id, record.DefinitionId, record.DefinitionVersion,
        record.Status, record.SubStatus, record.CorrelationId, record.CreatedAt, record.UpdatedAt, record.FinishedAt);
}

public sealed record BookmarkView(string Id, string ActivityId, string Name, DateTimeOffset? DueAt);

public sealed record IncidentView(string Kind, string? ActivityId, string? ActivityType, string? ExceptionType, string Message, DateTimeOffset At);

public sealed record InstanceDetails(
    string Id, string DefinitionId, int Version, WorkflowStatus Status, WorkflowSubStatus SubStatus, string? CorrelationId,
    string? ParentInstanceId, IReadOnlyDictionary<string, JsonNode?> Variables, IReadOnlyDictionary<string, JsonNode?> Output,
    IReadOnlyList<BookmarkView> Bookmarks, IReadOnlyList<IncidentView> Incidents,
    DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt, DateTimeOffset? FinishedAt)
{
    public static InstanceDetails From(WorkflowState state) => new(state.Id, state.DefinitionId, state.DefinitionVersion, state.Status,
        state.SubStatus, state.CorrelationId, state.ParentInstanceId, state.Variables, state.Output,
        state.Bookmarks.Select(b => new BookmarkView(b.Id, b.ActivityId, b.Name, b.DueAt)).ToList(),
        state.Incidents.Select(i => new IncidentView(i.Kind, i.ActivityId, i.ActivityType, i.ExceptionType, i.Message, i.At)).ToList(),
        state.CreatedAt, state.UpdatedAt, state.FinishedAt);
}

public sealed record JournalEntryView(long Sequence, DateTimeOffset Timestamp, string? ActivityId, string? ActivityType, JournalEvent Event,
    string? Outcome, string? Actor, string? Message);
