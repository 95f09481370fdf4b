using System.Text.Json.Nodes;
using Visitation.Workflows.Activities;
using Visitation.Workflows.Descriptors;
using Visitation.Workflows.Execution;

namespace Visitation.Activities.Opfoelgning;

/// <summary>
/// Records one follow-up's outcome with its notes and scores (goal attainment 1-10, ORS 0-40) from the follow-up
/// task's form. The host writes the follow-up in this step's transaction (outbox message
/// <c>Visitation.Opfoelgning.Registreret</c>), so the flow never moves on without it.
/// </summary>
[Activity("Visitation.RegistrerOpfoelgning", DisplayName = "Registrér opfølgning", DisplayNameEn = "Record follow-up", Category = "Opfølgning",
    Description = "Registrerer opfølgningens udfald (fortsæt, justér, nedtrap, skift leverandør, afslut) med noter og scorer.",
    DescriptionEn = "Records the follow-up's outcome (continue, adjust, step down, change provider, end) with notes and scores.")]
public sealed class RegistrerOpfoelgning : Activity, IOutboxMessageSource
{
    static string IOutboxMessageSource.OutboxMessageType => MessageType;

    public const string MessageType = "Visitation.Opfoelgning.Registreret";

    public static readonly IReadOnlyList<string> Udfald = ["fortsaet", "juster", "nedtrap", "skift-leverandoer", "afslut"];

    [Input(Name = "udfald", DisplayName = "Udfald", DisplayNameEn = "Outcome", Required = true,
        Description = "fortsaet, juster, nedtrap, skift-leverandoer eller afslut.", DescriptionEn = "fortsaet, juster, nedtrap, skift-leverandoer or afslut.")]
    public Input<string> Resultat { get; set; } = new();

    [Input(DisplayName = "Sag", DisplayNameEn = "Case", Description = "Tomt betyder flowets sag.", DescriptionEn = "Empty means the flow's case.")]
    public Input<string> SagId { get; set; } = new();

    [Input(DisplayName = "Bevilling", DisplayNameEn = "Grant")]
    public Input<string> BevillingId { get; set; } = new();

    [Input(DisplayName = "Opfølgningens nummer", DisplayNameEn = "Follow-up number")]
    public Input<int?> Nummer { get; set; } = new();

    [Input(DisplayName = "Opfølgningens data", DisplayNameEn = "Follow-up data", UiHint = UiHints.Json,
        Description = "Formularens data: noter, maalopfyldelse (1-10), ors (0-40).", DescriptionEn = "The form's data: noter, maalopfyldelse (1-10), ors (0-40).")]
    public Input<JsonNode> Data { get; set; } = new();

    public override async ValueTask ExecuteAsync(ActivityContext context)
    {
        var udfald = context.Get(Resultat)?.Trim();
        if (udfald is null || !Udfald.Contains(udfald))
            throw new WorkflowFaultException($"RegistrerOpfoelgning '{context.ActivityId}' needs an outcome: one of {string.Join(", ", Udfald)}.");
        var sagId = context.Get(SagId) is { Length: > 0 } sag ? sag : context.CorrelationId
            ?? throw new WorkflowFaultException($"RegistrerOpfoelgning '{context.ActivityId}' has no case.");
        context.AddOutboxMessage(MessageType, new JsonObject
        {
            ["udfald"] = udfald,
            ["sagId"] = sagId,
            ["bevillingId"] = context.Get(BevillingId) is { Length: > 0 } bevilling ? bevilling : null,
            ["nummer"] = context.Get(Nummer),
            ["data"] = context.GetJson(Data)?.DeepClone(),
            ["actor"] = context.Actor,
        }, context.StableKey("opfoelgning-registreret"));
        await context.CompleteAsync();
    }
}
