using Microsoft.EntityFrameworkCore;
using Visitation.Host.Features.Fora;
using Visitation.Host.Features.Frister;
using Visitation.Host.Infrastructure.Errors;
using Visitation.Host.Infrastructure.Persistence;

namespace Visitation.Host.Features.Moeder;

/// <summary>
/// Puts items on meetings: a new indstilling on the next meeting it can go on (<see cref="NextMeetingRule"/>), and an
/// item that moves (udsat, or undecided at the close) on a later meeting. Works on any context, also one inside a
/// step's transaction, so every query names the municipality and ignores the filters. Both run under the forum's lock
/// (<see cref="ForumLock"/>), so what they read about the forum's meetings stays true until they commit.
/// </summary>
public static class AgendaPlacement
{
    /// <summary>The forum that decides a level's indstillinger: the one bound to the level, else the municipality's only forum bound to none.</summary>
    public static async Task<Forum> ForumForLevelAsync(VisitationDbContext db, Guid kommuneId, string? levelCode, CancellationToken cancellationToken)
    {
        var forums = await db.Forums.AsNoTracking().Where(f => f.KommuneId == kommuneId).ToListAsync(cancellationToken);
        return forums.Where(f => f.LevelCode == levelCode).OrderBy(f => f.Name, StringComparer.Ordinal).FirstOrDefault()
               ?? (forums.Count(f => f.LevelCode is null) == 1 ? forums.Single(f => f.LevelCode is null) : null)
               ?? throw new ConflictException(ErrorMessages.Error("", "meeting.noForum", levelCode ?? ""));
    }

    public static async Task<TimeZoneInfo> TimeZoneAsync(VisitationDbContext db, Guid kommuneId, CancellationToken cancellationToken) =>
        TimeZoneInfo.FindSystemTimeZoneById(await db.Kommuner.AsNoTracking().Where(k => k.Id == kommuneId).Select(k => k.TimeZone)
            .SingleAsync(cancellationToken));

    /// <summary>Queues the indstilling on the next meeting whose agenda is open at <paramref name="at"/> and has room.</summary>
    public static async Task<AgendaItem> QueueAsync(VisitationDbContext db, Forum forum, DanishCalendar calendar, Guid caseId, Guid indstillingId, DateTimeOffset at,
        CancellationToken cancellationToken)
    {
        await ForumLock.TakeAsync(db, forum.Id, cancellationToken);
        var zone = await TimeZoneAsync(db, forum.KommuneId, cancellationToken);
        var items = await ItemsFromAsync(db, forum, at, cancellationToken);
        var slot = NextMeetingRule.Find(forum.Schedule, forum.Capacity, at, zone, calendar, start => ItemsOn(items, start))
                   ?? throw new ConflictException(ErrorMessages.Error("", "meeting.noneAvailable", NextMeetingRule.Horizon));
        var meeting = await MeetingAtAsync(db, forum, slot.Meeting, cancellationToken);
        return await AddAsync(db, meeting, caseId, indstillingId, at, cancellationToken);
    }

    /// <summary>
    /// Moves an item off <paramref name="from"/>: to <paramref name="to"/> when the forum named one (udsat), otherwise to the first later
    /// planned meeting with room. The agenda cut-off does not apply: the item was on time for the meeting it leaves.
    /// </summary>
    public static async Task<AgendaItem> MoveAsync(VisitationDbContext db, Forum forum, DanishCalendar calendar, Meeting from, AgendaItem item, Meeting? to,
        DateTimeOffset at, CancellationToken cancellationToken)
    {
        await ForumLock.TakeAsync(db, forum.Id, cancellationToken);
        if (to is null)
        {
            var zone = await TimeZoneAsync(db, forum.KommuneId, cancellationToken);
            var items = await ItemsFromAsync(db, forum, from.StartsAt, cancellationToken);
            var next = forum.Schedule.From(from.Date.AddDays(1), zone, calendar).Take(NextMeetingRule.Horizon)
                           .FirstOrDefault(m => m.StartsAt > from.StartsAt && ItemsOn(items, m.StartsAt) < forum.Capacity)
                       ?? throw new ConflictException(ErrorMessages.Error("", "meeting.noneAvailable", NextMeetingRule.Horizon));
            to = await MeetingAtAsync(db, forum, next, cancellationToken);
        }
        var moved = await AddAsync(db, to, item.CaseId, item.IndstillingId, at, cancellationToken);
        item.Status = AgendaItemStatus.Moved;
        item.MovedToItemId = moved.Id;
        return moved;
    }

    static int? ItemsOn(Dictionary<DateTimeOffset, int?> items, DateTimeOffset start) => ForumMeetings.ItemsOn(items, start);

    static async Task<Dictionary<DateTimeOffset, int?>> ItemsFromAsync(VisitationDbContext db, Forum forum, DateTimeOffset from, CancellationToken cancellationToken)
    {
        var meetings = await db.Meetings.AsNoTracking().Where(m => m.KommuneId == forum.KommuneId && m.ForumId == forum.Id && m.StartsAt >= from)
            .Select(m => new
            {
                m.StartsAt, m.Status,
                Items = db.AgendaItems
                    .Count(i => i.MeetingId == m.Id && (i.Status == AgendaItemStatus.Queued || i.Status == AgendaItemStatus.Decided)),
            })
            .ToListAsync(cancellationToken);
        return meetings.ToDictionary(m => m.StartsAt, m => m.Status == MeetingStatus.Planned ? m.Items : (int?)null);
    }

    static async Task<Meeting> MeetingAtAsync(VisitationDbContext db, Forum forum, MeetingOccurrence occurrence, CancellationToken cancellationToken)
    {
        for (var attempt = 0; ; attempt++)
        {
            var stored = await db.Meetings
                .SingleOrDefaultAsync(m => m.KommuneId == forum.KommuneId && m.ForumId == forum.Id && m.StartsAt == occurrence.StartsAt, cancellationToken);
            if (stored is not null) return stored;
            var meeting = new Meeting
            {
                Id = Guid.NewGuid(), KommuneId = forum.KommuneId, ForumId = forum.Id, Date = occurrence.Date, StartsAt = occurrence.StartsAt,
                CutoffAt = occurrence.CutoffAt, Status = MeetingStatus.Planned,
            };
            db.Meetings.Add(meeting);
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                return meeting;
            }
            catch (DbUpdateException) when (attempt < 2)
            {
                // Listing the forum's meetings stores occurrences without the forum's lock; it stored this one first. Inside a
                // transaction the failed save is rolled back to its savepoint, so the transaction goes on and reads theirs.
                db.Entry(meeting).State = EntityState.Detached;
            }
        }
    }

    static async Task<AgendaItem> AddAsync(VisitationDbContext db, Meeting meeting, Guid caseId, Guid indstillingId, DateTimeOffset at, CancellationToken cancellationToken)
    {
        var last = await db.AgendaItems.Where(i => i.MeetingId == meeting.Id).MaxAsync(i => (int?)i.Position, cancellationToken) ?? 0;
        var item = new AgendaItem
        {
            Id = Guid.NewGuid(), KommuneId = meeting.KommuneId, MeetingId = meeting.Id, CaseId = caseId, IndstillingReference = indstillingId.ToString(),
            Position = last + 1, Status = AgendaItemStatus.Queued, AddedAt = at,
        };
        db.AgendaItems.Add(item);
        await db.SaveChangesAsync(cancellationToken);
        return item;
    }
}
