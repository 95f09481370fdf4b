using Microsoft.EntityFrameworkCore;
using Visitation.Host.Features.Fora;
using Visitation.Host.Infrastructure.Errors;
using Visitation.Host.Infrastructure.Persistence;

namespace Visitation.Host.Features.Moeder;

/// <summary>Stores a forum's meetings as its schedule gives them, and counts the items on them.</summary>
public sealed class ForumMeetings(VisitationDbContext db)
{
    public async Task<Forum> ForumAsync(Guid forumId, CancellationToken cancellationToken) =>
        await db.Forums.AsNoTracking().SingleOrDefaultAsync(f => f.Id == forumId, cancellationToken) ?? throw new ResourceNotFoundException("Forummet");

    public async Task<TimeZoneInfo> TimeZoneAsync(Guid kommuneId, CancellationToken cancellationToken) =>
        TimeZoneInfo.FindSystemTimeZoneById(await db.Kommuner.AsNoTracking().Where(k => k.Id == kommuneId).Select(k => k.TimeZone).SingleAsync(cancellationToken));

    /// <summary>The stored meetings for <paramref name="occurrences"/>, adding those not stored yet. Two callers adding the same meeting store it once.</summary>
    public async Task<List<Meeting>> EnsureAsync(Forum forum, IReadOnlyList<MeetingOccurrence> occurrences, CancellationToken cancellationToken)
    {
        if (occurrences.Count == 0) return [];
        for (var attempt = 0; ; attempt++)
        {
            var stored = await StoredAsync(forum.Id, occurrences[0].StartsAt, occurrences[^1].StartsAt, cancellationToken);
            var missing = occurrences.Where(o => !stored.Any(m => m.StartsAt == o.StartsAt)).ToList();
            if (missing.Count == 0) return stored;
            foreach (var occurrence in missing)
                db.Meetings.Add(new Meeting
                {
                    Id = Guid.NewGuid(), KommuneId = forum.KommuneId, ForumId = forum.Id, Date = occurrence.Date, StartsAt = occurrence.StartsAt,
                    CutoffAt = occurrence.CutoffAt, Status = MeetingStatus.Planned,
                });
            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateException) when (attempt < 2)
            {
                // Someone stored the same meeting at the same time; read theirs.
                foreach (var entry in db.ChangeTracker.Entries<Meeting>().Where(e => e.State == EntityState.Added).ToList()) entry.State = EntityState.Detached;
            }
        }
    }

    public Task<List<Meeting>> StoredAsync(Guid forumId, DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken) =>
        db.Meetings.Where(m => m.ForumId == forumId && m.StartsAt >= from && m.StartsAt <= to).OrderBy(m => m.StartsAt).ToListAsync(cancellationToken);

    /// <summary>Items taking a place on each stored meeting from <paramref name="from"/> on, by the meeting's start; none for a meeting that is no longer planned.</summary>
    public async Task<Dictionary<DateTimeOffset, int?>> ItemsFromAsync(Guid forumId, DateTimeOffset from, CancellationToken cancellationToken)
    {
        var meetings = await db.Meetings.AsNoTracking().Where(m => m.ForumId == forumId && m.StartsAt >= from)
            .Select(m => new
            {
                m.StartsAt, m.Status,
                Items = db.AgendaItems.Count(i => i.MeetingId == m.Id && (i.Status == AgendaItemStatus.Queued || i.Status == AgendaItemStatus.Decided)),
            })
            .ToListAsync(cancellationToken);
        return meetings.ToDictionary(m => m.StartsAt, m => m.Status == MeetingStatus.Planned ? m.Items : (int?)null);
    }

    /// <summary>The items on the meeting starting at <paramref name="start"/>: none when it is not stored yet, null when it is no longer planned.</summary>
    public static int? ItemsOn(Dictionary<DateTimeOffset, int?> items, DateTimeOffset start) => items.TryGetValue(start, out var count) ? count : 0;

    public async Task<Dictionary<Guid, int>> ItemCountsAsync(IReadOnlyCollection<Guid> meetingIds, CancellationToken cancellationToken) =>
        await db.AgendaItems.AsNoTracking()
            .Where(i => meetingIds.Contains(i.MeetingId) && (i.Status == AgendaItemStatus.Queued || i.Status == AgendaItemStatus.Decided))
            .GroupBy(i => i.MeetingId).Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
}
