namespace Visitation.Host.Features.Moeder;

/// <summary>A meeting is planned from the schedule, opened when it begins and closed when it ends; it never goes back.</summary>
public enum MeetingStatus
{
    Planned,
    Open,
    Closed,
}
