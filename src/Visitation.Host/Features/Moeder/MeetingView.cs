namespace Visitation.Host.Features.Moeder;

/// <summary>A meeting with its local date, start, agenda cut-off and how many of the forum's places its items take.</summary>
public sealed record MeetingView(Guid Id, Guid ForumId, DateOnly Date, DateTimeOffset StartsAt, DateTimeOffset CutoffAt, MeetingStatus Status, int Items, int Capacity,
    DateTimeOffset? ClosedAt = null, DateTimeOffset? MinutesApprovedAt = null, string? MinutesApprovedBy = null)
{
    public static MeetingView From(Meeting meeting, int items, int capacity) =>
        new(meeting.Id, meeting.ForumId, meeting.Date, meeting.StartsAt, meeting.CutoffAt, meeting.Status, items, capacity, meeting.ClosedAt,
            meeting.MinutesApprovedAt, meeting.MinutesApprovedBy);
}

/// <summary>The meeting an item submitted at <c>submittedAt</c> goes on; <c>position</c> is its place on the agenda (1 first).</summary>
public sealed record NextMeetingView(DateTimeOffset SubmittedAt, MeetingView Meeting, int Position, int FullMeetingsSkipped);
