using System.Text.Json.Nodes;
using Visitation.Workflows.Descriptors;
using Visitation.Workflows.Timers;

namespace Visitation.Workflows.Activities.BuiltIn;

/// <summary>Waits for a duration (<c>PT5M</c>, <c>P1D</c>, <c>00:00:05</c>) or until a date: a timer bookmark.</summary>
/// <remarks>Elsa 3's legacy inputs <c>strategy</c> and <c>autoBlockingThreshold</c> are accepted and ignored: the delay always blocks, so it survives a restart.</remarks>
[Activity("Elsa.Delay", DisplayName = "Vent", DisplayNameEn = "Delay", Category = "Tid", IsBlocking = true)]
public sealed class Delay : Activity
{
    [Input(DisplayName = "Varighed eller tidspunkt", DisplayNameEn = "Duration or date", UiHint = UiHints.Duration, Required = false)]
    public Input<JsonNode> TimeSpan { get; set; } = new();

    [Input(DisplayName = "Tidspunkt", DisplayNameEn = "Date and time", UiHint = UiHints.DateTime)]
    public Input<JsonNode> DateTime { get; set; } = new();

    public override ValueTask ExecuteAsync(ActivityContext context)
    {
        var dueAt = Schedules.DueAt(context.GetJson(TimeSpan) ?? context.GetJson(DateTime), context.Clock.GetUtcNow(), context.TimeZone);
        context.DelayUntil(dueAt, nameof(OnElapsedAsync));
        return ValueTask.CompletedTask;
    }

    ValueTask OnElapsedAsync(ActivityContext context) => context.CompleteAsync();
}
