using System.Text.Json.Nodes;
using Visitation.Workflows.Activities;
using Visitation.Workflows.Descriptors;
using Visitation.Workflows.Execution;

namespace Visitation.Activities.Afgoerelser;

/// <summary>
/// Records the decision on an indstilling (bevilget, bevilget med ændring, afslået, tilbagesendt) with the form
/// data of the decision task and the person who completed it. The application writes the decision, with the
/// plan version and rule that routed the indstilling, in the same transaction as this step (outbox message
/// <c>Visitation.Afgoerelse.Truffet</c>), so the flow never moves on without it.
/// </summary>
[Activity("Visitation.RegistrerAfgoerelse", DisplayName = "Registrér afgørelse", DisplayNameEn = "Record decision", Category = "Afgørelser",
    Description = "Registrerer afgørelsen på indstillingen med begrundelse, kompetenceplanens version og regel.",
    DescriptionEn = "Records the decision on the indstilling with its rationale, the competence plan's version and rule.")]
public sealed class RegistrerAfgoerelse : Activity, IOutboxMessageSource
{
    static string IOutboxMessageSource.OutboxMessageType => MessageType;

    public const string MessageType = "Visitation.Afgoerelse.Truffet";

    [Input(DisplayName = "Udfald", DisplayNameEn = "Outcome", Required = true,
        Description = "bevilget, bevilget-med-aendring, afslaaet eller tilbagesendt.", DescriptionEn = "bevilget, bevilget-med-aendring, afslaaet or tilbagesendt.")]
    public Input<string> Udfald { get; set; } = new();

    [Input(DisplayName = "Indstilling", DisplayNameEn = "Indstilling", Required = true)]
    public Input<string> IndstillingId { get; set; } = new();

    [Input(DisplayName = "Afgørelsens data", DisplayNameEn = "Decision data", UiHint = UiHints.Json)]
    public Input<JsonNode> Data { get; set; } = new();

    public override async ValueTask ExecuteAsync(ActivityContext context)
    {
        var udfald = context.Get(Udfald);
        var indstillingId = context.Get(IndstillingId);
        if (string.IsNullOrWhiteSpace(udfald) || string.IsNullOrWhiteSpace(indstillingId))
            throw new WorkflowFaultException($"RegistrerAfgoerelse '{context.ActivityId}' needs an outcome and an indstilling.");
        context.AddOutboxMessage(MessageType, new JsonObject
        {
            ["udfald"] = udfald,
            ["indstillingId"] = indstillingId,
            ["data"] = context.GetJson(Data)?.DeepClone(),
            ["actor"] = context.Actor,
        }, context.StableKey("afgoerelse"));
        await context.CompleteAsync();
    }
}
