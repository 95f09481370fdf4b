using System.Text.Json.Nodes;
using Visitation.Workflows.Activities;
using Visitation.Workflows.Descriptors;

namespace Visitation.Activities.Afgoerelser;

/// <summary>
/// Parks a case whose indstilling a forum decides (behandlermøde, visitationsudvalg, Børne- og ungeudvalget)
/// until the meeting queue reports it with the event <c>indstilling-behandlet-paa-moede</c> correlated by the
/// case id. A placeholder: the meeting queue's own activity replaces it; until then the payload (the meeting's
/// result) only becomes the output.
/// </summary>
[Activity("Visitation.AfventMoede", DisplayName = "Afvent mødebehandling", DisplayNameEn = "Await meeting", Category = "Afgørelser", IsBlocking = true,
    Description = "Sagen venter, til forummet har behandlet indstillingen på et møde.",
    DescriptionEn = "The case waits until the forum has dealt with the indstilling at a meeting.")]
public sealed class AfventMoede : Activity
{
    public const string EventName = "indstilling-behandlet-paa-moede";

    [Output(DisplayName = "Mødets resultat", DisplayNameEn = "Meeting result")]
    public Output<JsonNode> Result { get; set; } = new();

    public override ValueTask ExecuteAsync(ActivityContext context)
    {
        context.CreateBookmark(EventName, null, nameof(OnMeetingAsync));
        return ValueTask.CompletedTask;
    }

    ValueTask OnMeetingAsync(ActivityContext context)
    {
        context.Set(Result, context.ResumeInput);
        return context.CompleteAsync();
    }
}
