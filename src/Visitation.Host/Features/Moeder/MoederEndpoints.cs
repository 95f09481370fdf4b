using Mediator;
using Visitation.Host.Infrastructure.Auth;

namespace Visitation.Host.Features.Moeder;

/// <summary>
/// A forum's meetings: read by every user of the municipality; each handler checks who of them may act (the forum's people decide,
/// its meeting secretaries, chair, leaders and administrators keep the agenda and open and close the meeting).
/// </summary>
public static class MoederEndpoints
{
    public sealed record NextMeetingRequest(DateTimeOffset? SubmittedAt);

    public sealed record ItemDecisionRequest(MeetingOutcome? Outcome, string? Rationale, string? Change, decimal? ChangedQuantity, string? Investigate,
        DateOnly? TimeLimit, string? FollowUpCadence, Guid? PostponeTo);

    public sealed record AttendanceRequest(IReadOnlyList<string>? Present, IReadOnlyList<StandInFields>? Substitutes, IReadOnlyList<AdHocFields>? AdHoc,
        IReadOnlyList<string>? Absent);

    public sealed record AgendaOrderRequest(IReadOnlyList<Guid>? ItemIds);

    public sealed record MoveItemRequest(Guid? ToMeetingId);

    public static RouteGroupBuilder MapMoederApi(this RouteGroupBuilder api)
    {
        api.MapGet("/meetings/mine", async (ISender sender, CancellationToken cancellationToken) =>
                TypedResults.Ok(await sender.Send(new ListMyMeetings.Query(), cancellationToken)))
            .WithTags("Meetings").RequireAuthorization(AuthPolicies.MunicipalityUser)
            .WithSummary("The forums I sit in with their coming meetings (cut-off, capacity, items), meetings still open or with minutes to approve, and the decisions between meetings that wait for my approval")
            .ProducesProblem(401).ProducesProblem(403);

        var read = api.MapGroup("/forums/{forumId:guid}").WithTags("Meetings").RequireAuthorization(AuthPolicies.MunicipalityUser);

        read.MapGet("/meetings", async (Guid forumId, DateOnly? from, DateOnly? to, ISender sender, CancellationToken cancellationToken) =>
                TypedResults.Ok(await sender.Send(new ListMeetings.Query(forumId, from, to), cancellationToken)))
            .WithSummary("The forum's meetings between two local dates (both inclusive), generated from its schedule")
            .ProducesProblem(400).ProducesProblem(401).ProducesProblem(403).ProducesProblem(404);

        read.MapPost("/next-meeting", async (Guid forumId, NextMeetingRequest body, ISender sender, CancellationToken cancellationToken) =>
                TypedResults.Ok(await sender.Send(new FindNextMeeting.Query(forumId, body.SubmittedAt), cancellationToken)))
            .WithSummary("The next meeting an item submitted at the given instant can go on, respecting the agenda cut-off and the capacity")
            .ProducesProblem(400).ProducesProblem(401).ProducesProblem(403).ProducesProblem(404).ProducesProblem(422);

        read.MapPost("/meetings/{meetingId:guid}/open", async (Guid forumId, Guid meetingId, ISender sender, CancellationToken cancellationToken) =>
                TypedResults.Ok(await sender.Send(new ChangeMeetingStatus.Command(forumId, meetingId, MeetingStatus.Open), cancellationToken)))
            .WithSummary("Open a planned meeting (the forum's meeting secretaries and chair, leaders, administrators)")
            .ProducesProblem(401).ProducesProblem(403).ProducesProblem(404).ProducesProblem(409);

        read.MapPost("/meetings/{meetingId:guid}/close", async (Guid forumId, Guid meetingId, ISender sender, CancellationToken cancellationToken) =>
                TypedResults.Ok(await sender.Send(new CloseMeeting.Command(forumId, meetingId), cancellationToken)))
            .WithSummary("Close an open meeting (secretaries, chair, leaders, administrators): decided items become afgørelser and their cases' flows resume; postponed and undecided items move on")
            .ProducesProblem(401).ProducesProblem(403).ProducesProblem(404).ProducesProblem(409);

        read.MapPut("/meetings/{meetingId:guid}/attendance",
                async (Guid forumId, Guid meetingId, AttendanceRequest body, ISender sender, CancellationToken cancellationToken) =>
                    TypedResults.Ok(await sender.Send(new RecordAttendance.Command(forumId, meetingId, body.Present, body.Substitutes, body.AdHoc, body.Absent),
                        cancellationToken)))
            .WithSummary("The chair, a meeting secretary, a leader or an administrator records who is at a planned or open meeting: present and absent members, substitutes standing in for a member, ad hoc participants")
            .ProducesProblem(400).ProducesProblem(401).ProducesProblem(403).ProducesProblem(404).ProducesProblem(409).ProducesProblem(422);

        read.MapGet("/meetings/{meetingId:guid}/agenda", async (Guid forumId, Guid meetingId, ISender sender, CancellationToken cancellationToken) =>
                TypedResults.Ok(await sender.Send(new GetAgenda.Query(forumId, meetingId), cancellationToken)))
            .WithSummary("The meeting's agenda: per item the indstilling, its cost, the case's current measures and the presenter's slot; the new annual cost in total")
            .ProducesProblem(401).ProducesProblem(403).ProducesProblem(404);

        read.MapPut("/meetings/{meetingId:guid}/agenda/order",
                async (Guid forumId, Guid meetingId, AgendaOrderRequest body, ISender sender, CancellationToken cancellationToken) =>
                    TypedResults.Ok(await sender.Send(new ReorderAgenda.Command(forumId, meetingId, body.ItemIds), cancellationToken)))
            .WithSummary("Put the items waiting on a planned or open meeting in a new order, naming each exactly once; the presenters' slots follow (secretaries, chair, leaders, administrators)")
            .ProducesProblem(400).ProducesProblem(401).ProducesProblem(403).ProducesProblem(404).ProducesProblem(409);

        read.MapPost("/meetings/{meetingId:guid}/items/{itemId:guid}/move",
                async (Guid forumId, Guid meetingId, Guid itemId, MoveItemRequest body, ISender sender, CancellationToken cancellationToken) =>
                    TypedResults.Ok(await sender.Send(new MoveItem.Command(forumId, meetingId, itemId, body.ToMeetingId), cancellationToken)))
            .WithSummary("Before the meeting: move a waiting item to a later planned meeting of the forum with room (secretaries, chair, leaders, administrators)")
            .ProducesProblem(400).ProducesProblem(401).ProducesProblem(403).ProducesProblem(404).ProducesProblem(409).ProducesProblem(422);

        read.MapPost("/meetings/{meetingId:guid}/items/{itemId:guid}/decision",
                async (Guid forumId, Guid meetingId, Guid itemId, ItemDecisionRequest body, ISender sender, CancellationToken cancellationToken) =>
                    TypedResults.Ok(await sender.Send(new DecideItem.Command(forumId, meetingId, itemId, body.Outcome, body.Rationale, body.Change,
                        body.ChangedQuantity, body.Investigate, body.TimeLimit, body.FollowUpCadence, body.PostponeTo), cancellationToken)))
            .WithSummary("Record the forum's decision on an item (chair, members, substitutes): Bevilget, BevilgetMedAendring, Afslaaet, Tilbagesendt or Udsat, with conditions")
            .ProducesProblem(400).ProducesProblem(401).ProducesProblem(403).ProducesProblem(404).ProducesProblem(409).ProducesProblem(422);

        read.MapPost("/meetings/{meetingId:guid}/items/{itemId:guid}/disqualify", async (Guid forumId, Guid meetingId, Guid itemId, ISender sender, CancellationToken cancellationToken) =>
                TypedResults.Ok(await sender.Send(new DeclareDisqualified.Command(forumId, meetingId, itemId), cancellationToken)))
            .WithSummary("Declare yourself disqualified (inhabil) on an item; you are left out of its decision")
            .ProducesProblem(401).ProducesProblem(403).ProducesProblem(404).ProducesProblem(409);

        read.MapPost("/meetings/{meetingId:guid}/items/{itemId:guid}/approve", async (Guid forumId, Guid meetingId, Guid itemId, ISender sender, CancellationToken cancellationToken) =>
                TypedResults.Ok(await sender.Send(new ApproveItem.Command(forumId, meetingId, itemId), cancellationToken)))
            .WithSummary("Between meetings: approve the decision recorded on an item; it becomes final when the forum's quorum has approved")
            .ProducesProblem(401).ProducesProblem(403).ProducesProblem(404).ProducesProblem(409);

        read.MapGet("/meetings/{meetingId:guid}/minutes", async (Guid forumId, Guid meetingId, ISender sender, CancellationToken cancellationToken) =>
                TypedResults.Content(await sender.Send(new GetMinutes.Query(forumId, meetingId), cancellationToken), "text/html; charset=utf-8"))
            .WithSummary("The minutes (referat) of a closed meeting as printable HTML")
            .ProducesProblem(401).ProducesProblem(403).ProducesProblem(404).ProducesProblem(409);

        read.MapPost("/meetings/{meetingId:guid}/minutes/approve", async (Guid forumId, Guid meetingId, ISender sender, CancellationToken cancellationToken) =>
                TypedResults.Ok(await sender.Send(new ApproveMinutes.Command(forumId, meetingId), cancellationToken)))
            .WithSummary("The chair approves the minutes; the meeting and its decisions are locked from then on")
            .ProducesProblem(401).ProducesProblem(403).ProducesProblem(404).ProducesProblem(409);

        return api;
    }
}
