namespace Visitation.Workflows.Jobs;

/// <summary>
/// A job the engine's scheduler runs on a cron schedule, for the whole installation (D12: one scheduler,
/// one schema). Registered in DI; its schedule lives in <c>wf_recurring_jobs</c>.
/// </summary>
public interface IRecurringJob
{
    /// <summary>Stable name, the job's key in the database.</summary>
    string Name { get; }

    /// <summary>Six-field cron expression with seconds, in the engine's time zone.</summary>
    string Cron { get; }

    /// <summary>Runs one occurrence; returns a short account of what it did (counts only, no personal data).</summary>
    Task<string> RunAsync(IServiceProvider services, DateTimeOffset now, CancellationToken cancellationToken);
}
