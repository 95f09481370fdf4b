using System.Text.Json.Nodes;
using Visitation.Workflows.Descriptors;

namespace Visitation.Workflows.Activities.BuiltIn;

/// <summary>Waits for a named event correlated to this instance; the event's payload becomes the output.</summary>
/// <remarks>The stimulus is the event name and the instance's correlation id (no payload in the hash), so
/// <c>POST /events/{name}/trigger</c> with that correlation id resumes it. As a trigger it starts an instance.</remarks>
[Activity("Elsa.Event", DisplayName = "Hændelse", DisplayNameEn = "Event", Category = "Hændelser", IsBlocking = true, CanStartWorkflow = true)]
public sealed class Event : Activity
{
    [Input(DisplayName = "Hændelsesnavn", DisplayNameEn = "Event name", Required = true)]
    public Input<string> EventName { get; set; } = new();

    [Output(DisplayName = "Data", DisplayNameEn = "Payload")]
    public Output<JsonNode> Result { get; set; } = new();

    public override ValueTask ExecuteAsync(ActivityContext context)
    {
        if (context.IsTriggeredStart) return OnEventAsync(context);
        var name = context.Get(EventName);
        if (string.IsNullOrWhiteSpace(name)) throw new WorkflowFaultException($"Event '{context.ActivityId}' has no event name.");
        context.CreateBookmark(name, null, nameof(OnEventAsync));
        return ValueTask.CompletedTask;
    }

    ValueTask OnEventAsync(ActivityContext context)
    {
        context.Set(Result, context.ResumeInput);
        return context.CompleteAsync();
    }
}
