namespace Visitation.Workflows.Hosting;

/// <summary>Configuration section <c>Workflows</c>.</summary>
public sealed class WorkflowOptions
{
    public const string Section = "Workflows";

    /// <summary>How often the scheduler looks for due timers and triggers.</summary>
    public TimeSpan SchedulerInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Due timers and triggers fired per tenant per pass.</summary>
    public int SchedulerBatchSize { get; set; } = 100;

    /// <summary>Run the scheduler in this process (turn off for a host that serves only the API).</summary>
    public bool SchedulerEnabled { get; set; } = true;

    /// <summary>A due timer or trigger that failed to fire is tried again after this delay, doubled after each failure.</summary>
    public TimeSpan FireRetryDelay { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>The longest wait between two attempts to fire a failing timer or trigger.</summary>
    public TimeSpan FireRetryMaxDelay { get; set; } = TimeSpan.FromHours(1);

    /// <summary>
    /// Attempts to fire a due timer or trigger before the scheduler gives up: a timer then raises an incident on its
    /// instance (and waits for a person), a trigger skips to its next occurrence.
    /// </summary>
    public int FireMaxAttempts { get; set; } = 8;

    public Jobs.RetentionOptions Retention { get; set; } = new();

    /// <summary>Calendar rules (cron) are computed in this time zone.</summary>
    public string TimeZone { get; set; } = "Europe/Copenhagen";
}
