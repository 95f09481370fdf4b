using Visitation.Workflows.Execution;

namespace Visitation.Workflows.Persistence.Records;

/// <summary>One row of an instance's execution log, in order of <see cref="Sequence"/>.</summary>
public sealed class JournalRecord
{
    public long Id { get; set; }

    public required string TenantId { get; set; }

    public required string WorkflowInstanceId { get; set; }

    /// <summary>Position in the instance's journal; unique per instance, so a replayed commit cannot add a row twice.</summary>
    public long Sequence { get; set; }

    public DateTimeOffset Timestamp { get; set; }

    public string? ActivityId { get; set; }

    public string? ActivityType { get; set; }

    public JournalEvent Event { get; set; }

    public string? Outcome { get; set; }

    public string? Actor { get; set; }

    public string? Message { get; set; }
}
