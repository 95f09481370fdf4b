using System.Text.Json.Nodes;
using Visitation.Workflows.Activities;
using Visitation.Workflows.Descriptors;
using Visitation.Workflows.Execution;

namespace Visitation.Activities.Afgoerelser;

/// <summary>
/// Closes the case the flow drives (its correlation id), e.g. after an afslag or when the undersøgelse ends with
/// no further action. The application changes the case's status in the same transaction as this step (outbox
/// message <c>Visitation.Sag.Lukket</c>), so the case status follows the flow.
/// </summary>
[Activity("Visitation.LukSag", DisplayName = "Luk sagen", DisplayNameEn = "Close the case", Category = "Afgørelser",
    Description = "Sætter sagens status til lukket med en begrundelse.", DescriptionEn = "Sets the case's status to closed, with a reason.")]
public sealed class LukSag : Activity, IOutboxMessageSource
{
    static string IOutboxMessageSource.OutboxMessageType => MessageType;

    public const string MessageType = "Visitation.Sag.Lukket";

    [Input(DisplayName = "Begrundelse", DisplayNameEn = "Reason", Required = true)]
    public Input<string> Begrundelse { get; set; } = new();

    public override async ValueTask ExecuteAsync(ActivityContext context)
    {
        context.AddOutboxMessage(MessageType, new JsonObject { ["begrundelse"] = context.Get(Begrundelse) }, context.StableKey("luk-sag"));
        await context.CompleteAsync();
    }
}
