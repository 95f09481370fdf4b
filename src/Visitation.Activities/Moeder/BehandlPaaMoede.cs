using System.Text.Json.Nodes;
using Visitation.Workflows.Activities;
using Visitation.Workflows.Descriptors;
using Visitation.Workflows.Execution;

namespace Visitation.Activities.Moeder;

/// <summary>
/// Puts the indstilling on the next meeting of the forum its routing named and waits for the forum's decision.
/// The application places it on the agenda (cut-off and capacity respected) in the same transaction as this step
/// (outbox message <c>Visitation.Moede.Dagsordenssat</c>). When the forum decides, at the meeting's close or by
/// asynchronous approval, the meeting side writes the afgørelse and resumes this activity with it; a postponed
/// item only moves to another meeting and keeps waiting.
/// </summary>
[Activity("Visitation.BehandlPaaMoede", DisplayName = "Behandl på møde", DisplayNameEn = "Decide at a meeting", Category = "Afgørelser", IsBlocking = true,
    Outcomes = [Bevilget, BevilgetMedAendring, Afslaaet, Tilbagesendt],
    Description = "Sætter indstillingen på dagsordenen for forummets næste møde og venter på forummets afgørelse.",
    DescriptionEn = "Puts the indstilling on the agenda of the forum's next meeting and waits for the forum's decision.")]
public sealed class BehandlPaaMoede : Activity, IOutboxMessageSource
{
    static string IOutboxMessageSource.OutboxMessageType => MessageType;

    public const string MessageType = "Visitation.Moede.Dagsordenssat";

    /// <summary>The stimulus the meeting side resumes, with the payload <c>{ indstillingId }</c> and the case id as correlation.</summary>
    public const string BookmarkName = "Visitation.BehandlPaaMoede";

    public const string Bevilget = "bevilget";
    public const string BevilgetMedAendring = "bevilget-med-aendring";
    public const string Afslaaet = "afslaaet";
    public const string Tilbagesendt = "tilbagesendt";

    [Input(DisplayName = "Indstilling", DisplayNameEn = "Indstilling", Required = true)]
    public Input<string> IndstillingId { get; set; } = new();

    [Output(DisplayName = "Afgørelse", DisplayNameEn = "Decision")]
    public Output<JsonNode> Afgoerelse { get; set; } = new();

    public static JsonObject Stimulus(string indstillingId) => new() { ["indstillingId"] = indstillingId };

    public override ValueTask ExecuteAsync(ActivityContext context)
    {
        var indstillingId = context.Get(IndstillingId);
        if (string.IsNullOrWhiteSpace(indstillingId))
            throw new WorkflowFaultException($"BehandlPaaMoede '{context.ActivityId}' needs an indstilling.");
        context.AddOutboxMessage(MessageType, Stimulus(indstillingId), context.StableKey("dagsorden"));
        context.CreateBookmark(BookmarkName, Stimulus(indstillingId), nameof(OnDecidedAsync));
        return ValueTask.CompletedTask;
    }

    ValueTask OnDecidedAsync(ActivityContext context)
    {
        var decision = context.ResumeInput as JsonObject
                       ?? throw new WorkflowFaultException($"BehandlPaaMoede '{context.ActivityId}' was resumed without a decision.");
        var udfald = decision["udfald"]?.GetValue<string>();
        if (udfald is not (Bevilget or BevilgetMedAendring or Afslaaet or Tilbagesendt))
            throw new WorkflowFaultException($"BehandlPaaMoede '{context.ActivityId}' was resumed with an unknown outcome.");
        context.Set(Afgoerelse, decision.DeepClone());
        return context.CompleteAsync(udfald);
    }
}
