namespace Visitation.Workflows.Persistence.Records;

/// <summary>
/// The schedule of one of the installation's recurring jobs (retention, activation of versions published
/// for a later date, ...). The scheduler claims a due job by moving <see cref="DueAt"/> with a
/// compare-and-set, so a job runs once per occurrence even with several nodes.
/// </summary>
public sealed class RecurringJobRecord
{
    public required string Name { get; set; }

    /// <summary>Six-field cron expression (with seconds), in the engine's time zone.</summary>
    public required string Cron { get; set; }

    public DateTimeOffset DueAt { get; set; }

    public DateTimeOffset? LastRunAt { get; set; }

    /// <summary>What the last run did, or why it failed (no personal data: counts and exception types).</summary>
    public string? LastResult { get; set; }
}
