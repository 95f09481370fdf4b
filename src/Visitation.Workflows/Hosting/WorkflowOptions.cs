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

    public Jobs.RetentionOptions Retention { get; set; } = new();

    /// <summary>Calendar rules (cron) are computed in this time zone.</summary>
    public string TimeZone { get; set; } = "Europe/Copenhagen";
}
