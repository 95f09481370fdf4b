using Visitation.Host.Features.Fora;

namespace Visitation.Host.Features.Moeder;

public sealed record StandInView(string Substitute, string StandsInFor);

public sealed record AdHocParticipantView(string Name, string Role);

/// <summary>
/// A meeting's attendance; people by user name. <c>recorded</c> is false until the chair records it or the meeting
/// opens; <c>quorate</c> tells whether the meeting can decide (the chair present, or a substitute standing in for the chair).
/// </summary>
public sealed record AttendanceView(bool Recorded, DateTimeOffset? RecordedAt, string? RecordedBy, IReadOnlyList<string> Present,
    IReadOnlyList<StandInView> Substitutes, IReadOnlyList<AdHocParticipantView> AdHoc, IReadOnlyList<string> Absent, bool Quorate)
{
    public static AttendanceView From(Meeting meeting, Forum forum, MeetingAttendance attendance, IReadOnlyDictionary<Guid, string> names)
    {
        string Name(Guid id) => names.GetValueOrDefault(id) ?? id.ToString();
        return new AttendanceView(attendance.Recorded, meeting.AttendanceRecordedAt, meeting.AttendanceRecordedBy, attendance.Present.Select(Name).ToList(),
            attendance.StandIns.Select(s => new StandInView(Name(s.SubstituteId), Name(s.ForId))).ToList(),
            attendance.AdHoc.Select(a => new AdHocParticipantView(a.Name, a.Role)).ToList(), attendance.Absent.Select(Name).ToList(), attendance.HasQuorum(forum));
    }
}
