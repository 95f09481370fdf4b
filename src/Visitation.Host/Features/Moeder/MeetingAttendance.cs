using Microsoft.EntityFrameworkCore;
using Visitation.Host.Features.Fora;
using Visitation.Host.Infrastructure.Persistence;

namespace Visitation.Host.Features.Moeder;

public sealed record StandIn(Guid SubstituteId, Guid ForId);

public sealed record AdHocParticipant(string Name, string Role);

/// <summary>
/// Who is at a meeting: the chair and members present, the substitutes standing in for named absent members, ad hoc
/// participants (no vote) and the absent. At an open meeting only the present and the substitutes standing in decide,
/// and the meeting decides only with its quorum: the chair present, or a substitute standing in for the chair.
/// A meeting whose attendance was never recorded (opened before attendance was kept) counts the whole forum present.
/// </summary>
public sealed record MeetingAttendance(bool Recorded, IReadOnlyList<Guid> Present, IReadOnlyList<StandIn> StandIns, IReadOnlyList<AdHocParticipant> AdHoc,
    IReadOnlyList<Guid> Absent)
{
    public const int MaxText = 200;

    /// <summary>Everyone of the forum present: what opening a meeting records when the chair has recorded nothing yet.</summary>
    public static MeetingAttendance Everyone(Forum forum) => new(false, ForumPeople.Voters(forum), [], [], []);

    public static async Task<MeetingAttendance> ForAsync(VisitationDbContext db, Forum forum, Meeting meeting, CancellationToken cancellationToken)
    {
        if (meeting.AttendanceRecordedAt is null) return Everyone(forum);
        var rows = await db.MeetingAttendees.AsNoTracking().Where(a => a.KommuneId == meeting.KommuneId && a.MeetingId == meeting.Id)
            .OrderBy(a => a.Position).ToListAsync(cancellationToken);
        return new MeetingAttendance(true,
            rows.Where(a => a.Kind == AttendeeKind.Present).Select(a => a.UserId!.Value).ToList(),
            rows.Where(a => a.Kind == AttendeeKind.Substitute).Select(a => new StandIn(a.UserId!.Value, a.StandsInForId!.Value)).ToList(),
            rows.Where(a => a.Kind == AttendeeKind.AdHoc).Select(a => new AdHocParticipant(a.Name!, a.Role!)).ToList(),
            rows.Where(a => a.Kind == AttendeeKind.Absent).Select(a => a.UserId!.Value).ToList());
    }

    /// <summary>Whether the user may decide items at the open meeting. Without a recorded list every decider of the forum may.</summary>
    public bool MayDecide(Forum forum, Guid userId) =>
        Recorded ? Present.Contains(userId) || StandIns.Any(s => s.SubstituteId == userId) : ForumPeople.MayDecide(forum, userId);

    public bool HasQuorum(Forum forum) => Present.Contains(forum.ChairId) || StandIns.Any(s => s.ForId == forum.ChairId);

    /// <summary>The chair, or the substitute standing in for the chair, keeps the list.</summary>
    public bool MayRecord(Forum forum, Guid userId) => userId == forum.ChairId || StandIns.Any(s => s.ForId == forum.ChairId && s.SubstituteId == userId);

    /// <summary>The people with a vote who took part: the present and the substitutes standing in.</summary>
    public IReadOnlyList<Guid> Participants => Present.Concat(StandIns.Select(s => s.SubstituteId)).Distinct().ToList();

    public IEnumerable<Guid> People => Present.Concat(Absent).Concat(StandIns.SelectMany(s => new[] { s.SubstituteId, s.ForId }));

    /// <summary>Replaces the meeting's stored list with this one.</summary>
    public async Task StoreAsync(VisitationDbContext db, Meeting meeting, DateTimeOffset now, string actor, CancellationToken cancellationToken)
    {
        var stored = await db.MeetingAttendees.Where(a => a.KommuneId == meeting.KommuneId && a.MeetingId == meeting.Id)
            .ToListAsync(cancellationToken);
        db.MeetingAttendees.RemoveRange(stored);
        if (stored.Count > 0) await db.SaveChangesAsync(cancellationToken);
        var position = 0;
        void Add(AttendeeKind kind, Guid? userId = null, Guid? forId = null, string? name = null, string? role = null) =>
            db.MeetingAttendees.Add(new MeetingAttendee
            {
                Id = Guid.NewGuid(), KommuneId = meeting.KommuneId, MeetingId = meeting.Id, Kind = kind, UserId = userId, StandsInForId = forId, Name = name,
                Role = role, Position = ++position,
            });
        foreach (var id in Present) Add(AttendeeKind.Present, id);
        foreach (var standIn in StandIns) Add(AttendeeKind.Substitute, standIn.SubstituteId, standIn.ForId);
        foreach (var participant in AdHoc) Add(AttendeeKind.AdHoc, name: participant.Name, role: participant.Role);
        foreach (var id in Absent) Add(AttendeeKind.Absent, id);
        meeting.AttendanceRecordedAt = now;
        meeting.AttendanceRecordedBy = actor;
    }
}
