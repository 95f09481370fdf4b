using Visitation.Workflows.Descriptors;
using Visitation.Workflows.Timers;

namespace Visitation.Workflows.Activities.BuiltIn;

/// <summary>Waits for the next occurrence of a 6-field cron expression (seconds first), in the configured time zone.</summary>
/// <remarks>As a trigger (<c>canStartWorkflow</c>) it starts an instance at every occurrence.</remarks>
[Activity("Elsa.Cron", DisplayName = "Cron", DisplayNameEn = "Cron", Category = "Tid", IsBlocking = true, CanStartWorkflow = true)]
public sealed class Cron : Activity
{
    [Input(DisplayName = "Cron-udtryk", DisplayNameEn = "Cron expression", UiHint = UiHints.Cron, Required = true)]
    public Input<string> CronExpression { get; set; } = new();

    public override ValueTask ExecuteAsync(ActivityContext context)
    {
        if (context.IsTriggeredStart) return context.CompleteAsync();
        var expression = context.Get(CronExpression) ?? "";
        var next = Schedules.NextOccurrence(expression, context.Clock.GetUtcNow(), context.TimeZone)
            ?? throw new WorkflowFaultException($"Cron expression '{expression}' has no next occurrence.");
        context.DelayUntil(next, nameof(OnElapsedAsync), "Elsa.Cron");
        return ValueTask.CompletedTask;
    }

    ValueTask OnElapsedAsync(ActivityContext context) => context.CompleteAsync();
}
