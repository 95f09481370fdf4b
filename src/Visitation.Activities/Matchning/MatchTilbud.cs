using System.Text.Json.Nodes;
using Visitation.Workflows.Activities;
using Visitation.Workflows.Descriptors;
using Visitation.Workflows.Execution;

namespace Visitation.Activities.Matchning;

/// <summary>
/// Matches the indstilling's measure to an offer of the catalogue (docs/domain.md § 7). The step opens the matching in
/// the step's own transaction (outbox message <c>Visitation.Matchning.Startet</c>, with the bid round and frame the
/// flow asks for) and waits until the caseworker has recorded the need and chosen an offer: the choice is published
/// as the event <c>matchning-valgt</c> correlated by the case id. A choice made before the flow got here completes
/// the step at once.
/// </summary>
[Activity("Visitation.Matchning", DisplayName = "Matchning", DisplayNameEn = "Matching", Category = "Matchning", IsBlocking = true,
    Description = "Venter, til sagsbehandleren har registreret behovet og valgt et tilbud fra tilbudskataloget (evt. efter en budrunde).",
    DescriptionEn = "Waits until the caseworker has recorded the need and chosen an offer from the catalogue (after a bid round if asked).")]
public sealed class MatchTilbud : Activity, IOutboxMessageSource
{
    static string IOutboxMessageSource.OutboxMessageType => MessageType;

    public const string MessageType = "Visitation.Matchning.Startet";

    public const string EventName = "matchning-valgt";

    [Input(DisplayName = "Indstilling", DisplayNameEn = "Indstilling", Required = true)]
    public Input<string> IndstillingId { get; set; } = new();

    [Input(DisplayName = "Budrunde (streng BUM)", DisplayNameEn = "Bid round (strict BUM)", UiHint = UiHints.Checkbox,
        Description = "Interne leverandører byder først inden for budfristen; derefter indhentes eksterne tilbud.",
        DescriptionEn = "Internal providers bid first within the bid deadline; then external quotes are invited.")]
    public Input<bool> Budrunde { get; set; } = new();

    [Input(DisplayName = "Bevilling (ramme)", DisplayNameEn = "Grant (frame)",
        Description = "Den bevilgede ramme, der skal holdes (streng BUM).", DescriptionEn = "The approved frame to stay within (strict BUM).")]
    public Input<string> BevillingId { get; set; } = new();

    [Output(DisplayName = "Valg", DisplayNameEn = "Choice")]
    public Output<JsonNode> Valg { get; set; } = new();

    public override async ValueTask ExecuteAsync(ActivityContext context)
    {
        var indstillingId = context.Get(IndstillingId);
        if (string.IsNullOrWhiteSpace(indstillingId)) throw new WorkflowFaultException($"Matchning '{context.ActivityId}' needs an indstilling.");
        context.AddOutboxMessage(MessageType, new JsonObject
        {
            ["indstillingId"] = indstillingId,
            ["budrunde"] = context.Get(Budrunde),
            ["bevillingId"] = context.Get(BevillingId),
        }, context.StableKey("matchning"));
        if (context.TenantId is { } tenant && context.CorrelationId is { } sagId
            && await context.GetRequiredService<IMatchningOpslag>().ValgAsync(tenant, sagId, indstillingId, CancellationToken.None) is { } chosen)
        {
            context.Set(Valg, chosen);
            await context.CompleteAsync();
            return;
        }
        context.CreateBookmark(EventName, null, nameof(OnChosenAsync));
    }

    ValueTask OnChosenAsync(ActivityContext context)
    {
        // Another indstilling of the same case may be matched at the same time; only this one's choice ends the wait.
        if (context.ResumeInput?["indstillingId"]?.GetValue<string>() != context.Get(IndstillingId))
        {
            context.CreateBookmark(EventName, null, nameof(OnChosenAsync));
            return ValueTask.CompletedTask;
        }
        context.Set(Valg, context.ResumeInput?["valg"]?.DeepClone());
        return context.CompleteAsync();
    }
}
