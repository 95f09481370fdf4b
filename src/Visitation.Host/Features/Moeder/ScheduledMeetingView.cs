using Microsoft.EntityFrameworkCore;
using Visitation.Host.Infrastructure.Persistence;

namespace Visitation.Host.Features.Moeder;

/// <summary>The meeting an indstilling is on, as the caseworker sees it: the forum, when it meets and the item's place on the agenda.</summary>
public sealed record ScheduledMeetingView(Guid ForumId, string Forum, Guid MeetingId, Guid ItemId, DateOnly Date, DateTimeOffset StartsAt, MeetingStatus Status,
    int Position, AgendaItemStatus ItemStatus)
{
    /// <summary>The current agenda item of each of the case's indstillinger (the one neither moved nor withdrawn), by indstilling id.</summary>
    public static async Task<Dictionary<Guid, ScheduledMeetingView>> ForCaseAsync(VisitationDbContext db, Guid caseId, CancellationToken cancellationToken)
    {
        var rows = await (from item in db.AgendaItems.AsNoTracking()
                          join meeting in db.Meetings.AsNoTracking() on item.MeetingId equals meeting.Id
                          join forum in db.Forums.AsNoTracking() on meeting.ForumId equals forum.Id
                          where item.CaseId == caseId && (item.Status == AgendaItemStatus.Queued || item.Status == AgendaItemStatus.Decided)
                          select new { item.IndstillingReference, View = new ScheduledMeetingView(forum.Id, forum.Name, meeting.Id, item.Id, meeting.Date, meeting.StartsAt,
                              meeting.Status, item.Position, item.Status), item.AddedAt })
            .ToListAsync(cancellationToken);
        return rows.GroupBy(r => Guid.Parse(r.IndstillingReference))
            .ToDictionary(g => g.Key, g =>
            {
                var view = g.OrderByDescending(r => r.AddedAt).ThenByDescending(r => r.View.StartsAt).First().View;
                return view with { StartsAt = view.StartsAt.ToUniversalTime() };
            });
    }
}
