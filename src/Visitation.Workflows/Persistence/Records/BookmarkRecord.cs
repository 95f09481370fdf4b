namespace Visitation.Workflows.Persistence.Records;

/// <summary>
/// The indexed copy of a bookmark in an instance's state: found by stimulus hash (events, tasks) or by due
/// time (timers) without loading any instance.
/// </summary>
public sealed class BookmarkRecord
{
    public required string Id { get; set; }

    public required string TenantId { get; set; }

    public required string WorkflowInstanceId { get; set; }

    public required string Name { get; set; }

    public required string Hash { get; set; }

    public required string ActivityId { get; set; }

    public required string ActivityInstanceId { get; set; }

    public string? CorrelationId { get; set; }

    public string? PayloadJson { get; set; }

    public string? CallbackMethodName { get; set; }

    public DateTimeOffset? DueAt { get; set; }

    /// <summary>Failed attempts to fire this due row in a row; the scheduler backs off by them and gives up after a limit.</summary>
    public int FireAttempts { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
}
