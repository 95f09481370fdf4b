using Visitation.Workflows.Descriptors;

namespace Visitation.Workflows.Activities.BuiltIn;

/// <summary>Waits for an interval; as a trigger (<c>canStartWorkflow</c>) it starts an instance every interval.</summary>
[Activity("Elsa.Timer", DisplayName = "Timer", DisplayNameEn = "Timer", Category = "Tid", IsBlocking = true, CanStartWorkflow = true)]
public sealed class Timer : Activity
{
    [Input(DisplayName = "Interval", DisplayNameEn = "Interval", UiHint = UiHints.Duration, Required = true)]
    public Input<TimeSpan> Interval { get; set; } = new();

    public override ValueTask ExecuteAsync(ActivityContext context)
    {
        if (context.IsTriggeredStart) return context.CompleteAsync();
        var interval = context.Get(Interval);
        if (interval <= TimeSpan.Zero) throw new WorkflowFaultException($"Timer '{context.ActivityId}' needs a positive interval.");
        context.DelayUntil(context.Clock.GetUtcNow() + interval, nameof(OnElapsedAsync), "Elsa.Timer");
        return ValueTask.CompletedTask;
    }

    ValueTask OnElapsedAsync(ActivityContext context) => context.CompleteAsync();
}
