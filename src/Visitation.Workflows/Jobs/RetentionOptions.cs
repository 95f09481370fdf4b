namespace Visitation.Workflows.Jobs;

/// <summary>Configuration section <c>Workflows:Retention</c>: how long the engine keeps what it no longer needs.</summary>
/// <remarks>
/// Only the engine's own rows are pruned. The audit trail of who read and wrote a case is a different store
/// and is never touched here.
/// </remarks>
public sealed class RetentionOptions
{
    /// <summary>When the pruning runs (six-field cron, engine time zone). Default: every night at 02:30.</summary>
    public string Cron { get; set; } = "0 30 2 * * *";

    /// <summary>Finished instances (with their journal, incidents and delivered outbox rows) older than this are removed.</summary>
    public TimeSpan FinishedInstanceAge { get; set; } = TimeSpan.FromDays(365);

    /// <summary>Journal rows of running instances older than this are removed.</summary>
    public TimeSpan JournalAge { get; set; } = TimeSpan.FromDays(730);

    /// <summary>Idempotency keys are kept at least 30 days, whatever this says.</summary>
    public TimeSpan IdempotencyKeyAge { get; set; } = TimeSpan.FromDays(30);

    /// <summary>Rows removed per statement, so pruning never holds long locks.</summary>
    public int BatchSize { get; set; } = 1000;
}
