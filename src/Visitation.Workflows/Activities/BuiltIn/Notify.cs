using System.Text.Json.Nodes;
using Visitation.Workflows.Descriptors;

namespace Visitation.Workflows.Activities.BuiltIn;

/// <summary>Sends a notification through the outbox (at least once; deduplicated by its key).</summary>
[Activity("Visitation.Notify", DisplayName = "Underret", DisplayNameEn = "Notify", Category = "Kommunikation")]
public sealed class Notify : CodeActivity, Visitation.Workflows.Execution.IOutboxMessageSource
{
    public const string MessageType = "Visitation.Notify";

    public static string OutboxMessageType => MessageType;

    [Input(DisplayName = "Modtager", DisplayNameEn = "Recipient", Required = true)]
    public Input<string> Recipient { get; set; } = new();

    [Input(DisplayName = "Emne", DisplayNameEn = "Subject")]
    public Input<string> Subject { get; set; } = new();

    [Input(DisplayName = "Tekst", DisplayNameEn = "Body", UiHint = UiHints.MultiLine)]
    public Input<string> Body { get; set; } = new();

    protected override void Execute(ActivityContext context)
    {
        var recipient = context.Get(Recipient);
        if (string.IsNullOrWhiteSpace(recipient)) throw new WorkflowFaultException($"Notify '{context.ActivityId}' has no recipient.");
        context.AddOutboxMessage(MessageType, new JsonObject
        {
            ["recipient"] = recipient,
            ["subject"] = context.Get(Subject),
            ["body"] = context.Get(Body),
            ["activityId"] = context.ActivityId,
        }, context.StableKey("notify"));
    }
}
