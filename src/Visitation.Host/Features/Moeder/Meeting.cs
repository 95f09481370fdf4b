using Visitation.Host.Infrastructure.Tenancy;

namespace Visitation.Host.Features.Moeder;

/// <summary>One meeting of a forum, stored once the schedule's occurrence is first looked at or used.</summary>
public sealed class Meeting : ITenantScoped
{
    public Guid Id { get; set; }

    public Guid KommuneId { get; set; }

    public Guid ForumId { get; set; }

    public DateOnly Date { get; set; }

    public DateTimeOffset StartsAt { get; set; }

    public DateTimeOffset CutoffAt { get; set; }

    public MeetingStatus Status { get; set; }

    public DateTimeOffset? ClosedAt { get; set; }

    /// <summary>
    /// The forum's people who took part: the chair, the members and the substitutes who stood in, as the attendance
    /// list (<see cref="MeetingAttendee"/>) had them when the meeting closed.
    /// </summary>
    public List<Guid> PresentIds { get; set; } = [];

    public DateTimeOffset? MinutesApprovedAt { get; set; }

    public string? MinutesApprovedBy { get; set; }

    /// <summary>When the attendance list was last recorded; opening a meeting without one records everyone of the forum as present.</summary>
    public DateTimeOffset? AttendanceRecordedAt { get; set; }

    public string? AttendanceRecordedBy { get; set; }

    /// <summary>Raised by every change of the meeting's status or attendance, so that two such changes at once cannot both win.</summary>
    public int Version { get; set; }
}
