using System.Text.Json.Nodes;
using Visitation.Workflows.Activities;
using Visitation.Workflows.Descriptors;
using Visitation.Workflows.Execution;

namespace Visitation.Activities.Matchning;

/// <summary>
/// The beslutning of strict BUM (docs/domain.md § 3.2): waits until a leader or the caseworker accepts or rejects the
/// matching's chosen offer within the approved economic frame, published as the event <c>matchning-besluttet</c>
/// correlated by the case id. A rejection has sent the matching back to choosing, so the flow's <c>afvist</c>
/// port normally leads back to <c>Visitation.Matchning</c>.
/// </summary>
[Activity("Visitation.Beslutning", DisplayName = "Beslutning", DisplayNameEn = "Decision on the offer", Category = "Matchning", IsBlocking = true,
    Outcomes = [Accepteret, Afvist],
    Description = "Venter, til det valgte tilbud er accepteret eller afvist inden for den bevilgede ramme.",
    DescriptionEn = "Waits until the chosen offer is accepted or rejected within the approved frame.")]
public sealed class BeslutTilbud : Activity, IOutboxMessageSource
{
    static string IOutboxMessageSource.OutboxMessageType => MessageType;

    public const string MessageType = "Visitation.Matchning.BeslutningAfventes";

    public const string EventName = "matchning-besluttet";

    public const string Accepteret = "accepteret";

    public const string Afvist = "afvist";

    [Input(DisplayName = "Matchning", DisplayNameEn = "Matching", Required = true,
        Description = "Matchningens id, fx getVariable('valg').matchningId.", DescriptionEn = "The matching's id, e.g. getVariable('valg').matchningId.")]
    public Input<string> MatchningId { get; set; } = new();

    [Input(DisplayName = "Bevilling (ramme)", DisplayNameEn = "Grant (frame)")]
    public Input<string> BevillingId { get; set; } = new();

    public override async ValueTask ExecuteAsync(ActivityContext context)
    {
        var matchningId = context.Get(MatchningId);
        if (string.IsNullOrWhiteSpace(matchningId)) throw new WorkflowFaultException($"Beslutning '{context.ActivityId}' needs a matching.");
        context.AddOutboxMessage(MessageType, new JsonObject { ["matchningId"] = matchningId, ["bevillingId"] = context.Get(BevillingId) },
            context.StableKey("beslutning"));
        if (context.TenantId is { } tenant && await context.GetRequiredService<IMatchningOpslag>().AccepteretAsync(tenant, matchningId, CancellationToken.None))
        {
            await context.CompleteAsync(Accepteret);
            return;
        }
        context.CreateBookmark(EventName, null, nameof(OnDecidedAsync));
    }

    ValueTask OnDecidedAsync(ActivityContext context)
    {
        if (context.ResumeInput?["matchningId"]?.GetValue<string>() != context.Get(MatchningId))
        {
            context.CreateBookmark(EventName, null, nameof(OnDecidedAsync));
            return ValueTask.CompletedTask;
        }
        return context.CompleteAsync(context.ResumeInput?["udfald"]?.GetValue<string>() == Accepteret ? Accepteret : Afvist);
    }
}
