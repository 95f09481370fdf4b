using Mediator;
using Visitation.Host.Infrastructure.Auth;

namespace Visitation.Host.Features.Moeder;

/// <summary>A forum's meetings: read by every user of the municipality, opened and closed by leaders and administrators.</summary>
public static class MoederEndpoints
{
    public sealed record NextMeetingRequest(DateTimeOffset? SubmittedAt);

    public static RouteGroupBuilder MapMoederApi(this RouteGroupBuilder api)
    {
        var read = api.MapGroup("/forums/{forumId:guid}").WithTags("Meetings").RequireAuthorization(AuthPolicies.MunicipalityUser);
        var write = api.MapGroup("/forums/{forumId:guid}").WithTags("Meetings").RequireAuthorization(AuthPolicies.ForumAdministrator);

        read.MapGet("/meetings", async (Guid forumId, DateOnly? from, DateOnly? to, ISender sender, CancellationToken cancellationToken) =>
                TypedResults.Ok(await sender.Send(new ListMeetings.Query(forumId, from, to), cancellationToken)))
            .WithSummary("The forum's meetings between two local dates (both inclusive), generated from its schedule")
            .ProducesProblem(400).ProducesProblem(401).ProducesProblem(403).ProducesProblem(404);

        read.MapPost("/next-meeting", async (Guid forumId, NextMeetingRequest body, ISender sender, CancellationToken cancellationToken) =>
                TypedResults.Ok(await sender.Send(new FindNextMeeting.Query(forumId, body.SubmittedAt), cancellationToken)))
            .WithSummary("The next meeting an item submitted at the given instant can go on, respecting the agenda cut-off and the capacity")
            .ProducesProblem(400).ProducesProblem(401).ProducesProblem(403).ProducesProblem(404).ProducesProblem(422);

        write.MapPost("/meetings/{meetingId:guid}/open", async (Guid forumId, Guid meetingId, ISender sender, CancellationToken cancellationToken) =>
                TypedResults.Ok(await sender.Send(new ChangeMeetingStatus.Command(forumId, meetingId, MeetingStatus.Open), cancellationToken)))
            .WithSummary("Open a planned meeting")
            .ProducesProblem(401).ProducesProblem(403).ProducesProblem(404).ProducesProblem(409);

        write.MapPost("/meetings/{meetingId:guid}/close", async (Guid forumId, Guid meetingId, ISender sender, CancellationToken cancellationToken) =>
                TypedResults.Ok(await sender.Send(new ChangeMeetingStatus.Command(forumId, meetingId, MeetingStatus.Closed), cancellationToken)))
            .WithSummary("Close an open meeting")
            .ProducesProblem(401).ProducesProblem(403).ProducesProblem(404).ProducesProblem(409);

        return api;
    }
}
