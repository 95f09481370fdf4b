namespace Visitation.Workflows.Persistence.Records;

/// <summary>A fault or stall of an instance, queryable across instances by operators.</summary>
public sealed class IncidentRecord
{
    public long Id { get; set; }

    public required string TenantId { get; set; }

    public required string WorkflowInstanceId { get; set; }

    public required string Kind { get; set; }

    public string? ActivityId { get; set; }

    public string? ActivityType { get; set; }

    public string? ExceptionType { get; set; }

    public required string Message { get; set; }

    public DateTimeOffset At { get; set; }
}
