namespace Visitation.Workflows.Persistence.Records;

/// <summary>
/// A side effect committed with the step that caused it, delivered at least once afterwards. The unique
/// deduplication key makes a replayed step unable to enqueue the same effect twice.
/// </summary>
public sealed class OutboxRecord
{
    public required string Id { get; set; }

    public required string TenantId { get; set; }

    public required string Type { get; set; }

    public string? PayloadJson { get; set; }

    public required string DeduplicationKey { get; set; }

    public required string WorkflowInstanceId { get; set; }

    public string? CorrelationId { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset? DeliveredAt { get; set; }

    public int Attempts { get; set; }
}
