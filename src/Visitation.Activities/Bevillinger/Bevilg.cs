using System.Text.Json.Nodes;
using Visitation.Workflows.Activities;
using Visitation.Workflows.Descriptors;
using Visitation.Workflows.Execution;

namespace Visitation.Activities.Bevillinger;

/// <summary>
/// Grants the measure of an indstilling (bevilling, docs/domain.md § 7 and § 9): the grant and its commitment line are
/// written by the application in the same transaction as this step (outbox message <c>Visitation.Bevilling.Oprettet</c>).
/// With a chosen offer (<c>Valg</c>, from <c>Visitation.Matchning</c>) the grant names its provider, offer and price;
/// without one it is a frame with no provider yet (strict BUM), priced from the indstilling.
/// </summary>
[Activity("Visitation.Bevilg", DisplayName = "Bevilg", DisplayNameEn = "Grant", Category = "Bevillinger",
    Description = "Opretter bevillingen med dens bevillingslinje ud fra indstillingen, afgørelsen og det valgte tilbud.",
    DescriptionEn = "Creates the grant and its commitment line from the indstilling, the decision and the chosen offer.")]
public sealed class Bevilg : Activity, IOutboxMessageSource
{
    static string IOutboxMessageSource.OutboxMessageType => MessageType;

    public const string MessageType = "Visitation.Bevilling.Oprettet";

    [Input(DisplayName = "Indstilling", DisplayNameEn = "Indstilling", Required = true)]
    public Input<string> IndstillingId { get; set; } = new();

    [Input(DisplayName = "Afgørelse", DisplayNameEn = "Decision",
        Description = "Afgørelsen; ved bevilget med ændring gælder det ændrede omfang.", DescriptionEn = "The decision; a changed scope applies when granted with a change.")]
    public Input<string> AfgoerelseId { get; set; } = new();

    [Input(DisplayName = "Valgt tilbud", DisplayNameEn = "Chosen offer", UiHint = UiHints.Json,
        Description = "Matchningens valg; tomt giver en rammebevilling uden leverandør.", DescriptionEn = "The matching's choice; empty gives a frame grant with no provider.")]
    public Input<JsonNode> Valg { get; set; } = new();

    [Input(DisplayName = "Tidsbegrænsning", DisplayNameEn = "Time limit", UiHint = UiHints.DateTime,
        Description = "Sidste dag bevillingen gælder (yyyy-MM-dd).", DescriptionEn = "The last day the grant applies (yyyy-MM-dd).")]
    public Input<string> Tidsbegraensning { get; set; } = new();

    [Input(DisplayName = "Handlekommune", DisplayNameEn = "Acting municipality",
        Description = "Kommunekode; tomt betyder kommunen selv.", DescriptionEn = "Municipality code; empty means the municipality itself.")]
    public Input<string> Handlekommune { get; set; } = new();

    [Input(DisplayName = "Betalingskommune", DisplayNameEn = "Paying municipality",
        Description = "Kommunekode; tomt betyder kommunen selv.", DescriptionEn = "Municipality code; empty means the municipality itself.")]
    public Input<string> Betalingskommune { get; set; } = new();

    [Output(DisplayName = "Bevilling", DisplayNameEn = "Grant")]
    public Output<string> BevillingId { get; set; } = new();

    public override async ValueTask ExecuteAsync(ActivityContext context)
    {
        var indstillingId = context.Get(IndstillingId);
        if (!Guid.TryParse(indstillingId, out _)) throw new WorkflowFaultException($"Bevilg '{context.ActivityId}' needs the indstilling's id.");
        var limit = Dates.Parse(context.Get(Tidsbegraensning), context.ActivityId, "time limit");
        var bevillingId = Dates.NewGuid(context);
        context.AddOutboxMessage(MessageType, new JsonObject
        {
            ["bevillingId"] = bevillingId,
            ["indstillingId"] = indstillingId,
            ["afgoerelseId"] = context.Get(AfgoerelseId),
            ["valg"] = Parsed(context.GetJson(Valg)),
            ["tidsbegraensning"] = limit?.ToString("yyyy-MM-dd"),
            ["handlekommune"] = context.Get(Handlekommune),
            ["betalingskommune"] = context.Get(Betalingskommune),
            ["actor"] = context.Actor,
        }, context.StableKey("bevilling"));
        context.Set(BevillingId, bevillingId);
        await context.CompleteAsync();
    }

    /// <summary>A choice given as JSON text or as an object; null when absent.</summary>
    internal static JsonNode? Parsed(JsonNode? node) => node switch
    {
        JsonValue text when text.TryGetValue<string>(out var s) => string.IsNullOrWhiteSpace(s) ? null : JsonNode.Parse(s),
        JsonObject value => value.DeepClone(),
        _ => null,
    };
}
