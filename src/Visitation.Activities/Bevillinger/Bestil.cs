using System.Text.Json.Nodes;
using Visitation.Workflows.Activities;
using Visitation.Workflows.Descriptors;
using Visitation.Workflows.Execution;

namespace Visitation.Activities.Bevillinger;

/// <summary>
/// Sends the order (bestilling) of a grant to its provider and waits for the answer. The application writes the
/// order in this step's transaction (outbox message <c>Visitation.Bestilling.Sendt</c>) and resumes the bookmark
/// when the provider accepts or declines. <c>Valg</c> names the provider of a frame grant. The answer
/// <c>{ accepted, reason, loeser }</c> becomes the output; <c>loeser</c> holds the candidates of the
/// municipality's neutral resolver, for the task that follows a decline.
/// </summary>
[Activity("Visitation.Bestil", DisplayName = "Bestil hos leverandøren", DisplayNameEn = "Order from provider", Category = "Bevillinger",
    Outcomes = [Accepteret, Afvist], IsBlocking = true,
    Description = "Sender bestillingen til leverandøren og venter på, at leverandøren accepterer eller afviser.",
    DescriptionEn = "Sends the order to the provider and waits until the provider accepts or declines.")]
public sealed class Bestil : Activity, IOutboxMessageSource
{
    static string IOutboxMessageSource.OutboxMessageType => MessageType;

    public const string MessageType = "Visitation.Bestilling.Sendt";
    public const string BookmarkName = "Visitation.Bestilling";
    public const string Accepteret = "accepteret";
    public const string Afvist = "afvist";

    [Input(DisplayName = "Bevilling", DisplayNameEn = "Grant", Required = true)]
    public Input<string> BevillingId { get; set; } = new();

    [Input(DisplayName = "Valgt tilbud", DisplayNameEn = "Chosen offer", UiHint = UiHints.Json,
        Description = "Sætter leverandøren på en rammebevilling.", DescriptionEn = "Sets the provider of a frame grant.")]
    public Input<JsonNode> Valg { get; set; } = new();

    [Output(DisplayName = "Svar", DisplayNameEn = "Answer")]
    public Output<JsonNode> Svar { get; set; } = new();

    public override ValueTask ExecuteAsync(ActivityContext context)
    {
        var bevillingId = context.Get(BevillingId);
        if (!Guid.TryParse(bevillingId, out _)) throw new WorkflowFaultException($"Bestil '{context.ActivityId}' needs the grant's id.");
        var bestillingId = Dates.NewGuid(context);
        var bookmark = context.CreateBookmark(BookmarkName, new JsonObject { ["bestillingId"] = bestillingId }, nameof(OnAnsweredAsync));
        context.AddOutboxMessage(MessageType, new JsonObject
        {
            ["bestillingId"] = bestillingId,
            ["bookmarkId"] = bookmark.Id,
            ["bevillingId"] = bevillingId,
            ["valg"] = Bevilg.Parsed(context.GetJson(Valg)),
            ["actor"] = context.Actor,
        }, context.StableKey("bestilling"));
        return ValueTask.CompletedTask;
    }

    async ValueTask OnAnsweredAsync(ActivityContext context)
    {
        var accepted = context.ResumeInput?["accepted"] is JsonValue value && value.TryGetValue<bool>(out var yes) && yes;
        context.Set(Svar, new JsonObject
        {
            ["accepted"] = accepted,
            ["reason"] = context.ResumeInput?["reason"]?.DeepClone(),
            ["loeser"] = context.ResumeInput?["loeser"]?.DeepClone() ?? new JsonArray(),
        });
        await context.CompleteAsync(accepted ? Accepteret : Afvist);
    }
}
