using Visitation.Workflows.Activities;
using Visitation.Workflows.Expressions;

namespace Visitation.Workflows.Execution;

/// <summary>Settings of the <see cref="WorkflowRunner"/>.</summary>
public sealed class WorkflowRunnerOptions
{
    public ExpressionEvaluator Evaluator { get; set; } = new();

    /// <summary>Source of ids for instances, activity instances, bookmarks and messages.</summary>
    public Func<string> NewId { get; set; } = () => Guid.CreateVersion7().ToString("N");

    /// <summary>Used when an activity has no <c>customProperties.retryPolicy</c>.</summary>
    public RetryPolicy DefaultRetryPolicy { get; set; } = RetryPolicy.None;

    /// <summary>Time zone for calendar rules (cron); Europe/Copenhagen by default (D13).</summary>
    public TimeZoneInfo TimeZone { get; set; } = TimeZoneInfo.FindSystemTimeZoneById("Europe/Copenhagen");

    /// <summary>
    /// The application's services, for activities that need a capability of the host (e.g. a deadline
    /// calculator) through an abstraction they define; null when the runner is used on its own.
    /// </summary>
    public IServiceProvider? Services { get; set; }

    /// <summary>Guard against loops without a blocking activity: activity runs allowed in one step.</summary>
    public int MaxActivityRunsPerStep { get; set; } = 10_000;
}

/// <summary>How to start an instance.</summary>
public sealed record StartWorkflowOptions
{
    /// <summary>The new instance's id; generated when null.</summary>
    public string? InstanceId { get; init; }

    /// <summary>The tenant (municipality) of the new instance; definitions are looked up within it.</summary>
    public string? TenantId { get; init; }
    public string? CorrelationId { get; init; }
    public Dictionary<string, System.Text.Json.Nodes.JsonNode?> Input { get; init; } = new();
    public string? ParentInstanceId { get; init; }
    public string? ParentBookmarkId { get; init; }

    /// <summary>The trigger activity (Timer, Cron, Event) that started the instance; it completes at once.</summary>
    public string? TriggerActivityId { get; init; }

    /// <summary>The payload of the event that started the instance (the trigger's output).</summary>
    public System.Text.Json.Nodes.JsonNode? TriggerInput { get; init; }

    public string? Actor { get; init; }
}
