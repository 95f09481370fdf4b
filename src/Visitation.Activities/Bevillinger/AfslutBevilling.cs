using System.Text.Json.Nodes;
using Visitation.Workflows.Activities;
using Visitation.Workflows.Descriptors;
using Visitation.Workflows.Execution;

namespace Visitation.Activities.Bevillinger;

/// <summary>
/// Ends a grant: sets its end date and closes its commitment line, so the projection stops at that day. The
/// application writes it in the same transaction as this step (outbox message <c>Visitation.Bevilling.Afsluttet</c>).
/// Without a date the grant ends today in the municipality's time zone.
/// </summary>
[Activity("Visitation.AfslutBevilling", DisplayName = "Afslut bevilling", DisplayNameEn = "End grant", Category = "Bevillinger",
    Description = "Afslutter bevillingen og lukker dens bevillingslinje.", DescriptionEn = "Ends the grant and closes its commitment line.")]
public sealed class AfslutBevilling : Activity, IOutboxMessageSource
{
    static string IOutboxMessageSource.OutboxMessageType => MessageType;

    public const string MessageType = "Visitation.Bevilling.Afsluttet";

    [Input(DisplayName = "Bevilling", DisplayNameEn = "Grant", Required = true)]
    public Input<string> BevillingId { get; set; } = new();

    [Input(DisplayName = "Slutdato", DisplayNameEn = "End date", UiHint = UiHints.DateTime,
        Description = "Sidste dag med bevilling (yyyy-MM-dd); tomt betyder i dag.", DescriptionEn = "The last day of the grant (yyyy-MM-dd); empty means today.")]
    public Input<string> Slut { get; set; } = new();

    [Input(DisplayName = "Årsag", DisplayNameEn = "Reason")]
    public Input<string> Aarsag { get; set; } = new();

    public override async ValueTask ExecuteAsync(ActivityContext context)
    {
        var bevillingId = context.Get(BevillingId);
        if (!Guid.TryParse(bevillingId, out _)) throw new WorkflowFaultException($"AfslutBevilling '{context.ActivityId}' needs the grant's id.");
        var end = Dates.Parse(context.Get(Slut), context.ActivityId, "end date")
                  ?? DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(context.Clock.GetUtcNow(), context.TimeZone).DateTime);
        context.AddOutboxMessage(MessageType, new JsonObject
        {
            ["bevillingId"] = bevillingId,
            ["slut"] = end.ToString("yyyy-MM-dd"),
            ["aarsag"] = context.Get(Aarsag),
            ["actor"] = context.Actor,
        }, context.StableKey("afslut-bevilling"));
        await context.CompleteAsync();
    }
}
