namespace Visitation.Host.Features.Moeder;

/// <summary>
/// A meeting with its local date, start, agenda cut-off and how many of the forum's places its items take. Instants are sent in UTC, as
/// every instant of the API (design D13), although the schedule computes them in the municipality's time zone.
/// </summary>
public sealed record MeetingView(Guid Id, Guid ForumId, DateOnly Date, DateTimeOffset StartsAt, DateTimeOffset CutoffAt, MeetingStatus Status, int Items, int Capacity,
    DateTimeOffset? ClosedAt = null, DateTimeOffset? MinutesApprovedAt = null, string? MinutesApprovedBy = null)
{
    public static MeetingView From(Meeting meeting, int items, int capacity) =>
        new(meeting.Id, meeting.ForumId, meeting.Date, meeting.StartsAt.ToUniversalTime(), meeting.CutoffAt.ToUniversalTime(), meeting.Status, items, capacity,
            meeting.ClosedAt?.ToUniversalTime(), meeting.MinutesApprovedAt?.ToUniversalTime(), meeting.MinutesApprovedBy);
}

/// <summary>The meeting an item submitted at <c>submittedAt</c> goes on; <c>position</c> is its place on the agenda (1 first).</summary>
public sealed record NextMeetingView(DateTimeOffset SubmittedAt, MeetingView Meeting, int Position, int FullMeetingsSkipped);
