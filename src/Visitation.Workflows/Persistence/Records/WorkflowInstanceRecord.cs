using Visitation.Workflows.Execution;

namespace Visitation.Workflows.Persistence.Records;

/// <summary>
/// One workflow instance: the indexed columns that queries need, and the full state as JSON.
/// <see cref="Version"/> is the optimistic concurrency guard: every save increments it, and a save whose
/// expected version does not match is refused.
/// </summary>
public sealed class WorkflowInstanceRecord
{
    public required string Id { get; set; }

    public required string TenantId { get; set; }

    public required string DefinitionId { get; set; }

    public int DefinitionVersion { get; set; }

    public WorkflowStatus Status { get; set; }

    public WorkflowSubStatus SubStatus { get; set; }

    public string? CorrelationId { get; set; }

    public string? ParentInstanceId { get; set; }

    public required string StateJson { get; set; }

    public long Version { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    public DateTimeOffset? FinishedAt { get; set; }
}
