using Mediator;
using Microsoft.EntityFrameworkCore;
using Visitation.Host.Features.Fora;
using Visitation.Host.Features.Frister;
using Visitation.Host.Infrastructure.Persistence;
using Visitation.Host.Infrastructure.Tenancy;

namespace Visitation.Host.Features.Moeder;

/// <summary>How the user sits in a forum; one person may sit in several ways (the chair is usually also a member).</summary>
public enum ForumSeat
{
    Chair,
    Member,
    Substitute,
    Secretary,
    AdHoc,
}

/// <summary>A forum the user sits in, with its meetings that still need someone: coming ones, open ones and closed ones whose minutes are not approved.</summary>
public sealed record MyForumView(Guid Id, string Name, ForumKind Kind, IReadOnlyList<ForumSeat> Seats, int Capacity, AsyncApproval AsyncApproval,
    IReadOnlyList<MeetingView> Meetings);

/// <summary>
/// A decision recorded between meetings that waits for the user's approval: the case by number, the measure, what it would cost and the
/// approvals so far.
/// </summary>
public sealed record AwaitingApprovalView(Guid ForumId, string Forum, Guid MeetingId, DateOnly MeetingDate, Guid ItemId, Guid CaseId, string CaseNumber,
    MeetingOutcome Outcome, string? DecidedBy, string MeasureType, decimal CostThisYear, decimal AnnualCost, IReadOnlyList<string> ApprovedBy);

public sealed record MyMeetingsView(IReadOnlyList<MyForumView> Forums, IReadOnlyList<AwaitingApprovalView> AwaitingApproval);

/// <summary>
/// The forums the signed-in user sits in (as chair, member, substitute, secretary or ad hoc participant) with their meetings from today
/// for <see cref="WeeksAhead"/> weeks, earlier meetings still open or with minutes to approve, and the decisions between meetings that wait
/// for the user's approval. A user who sits in no forum gets empty lists.
/// </summary>
public static class ListMyMeetings
{
    public const int WeeksAhead = 8;

    /// <summary>How far back an open meeting or unapproved minutes are still shown.</summary>
    public const int DaysBack = 90;

    public sealed record Query : IQuery<MyMeetingsView>;

    public sealed class Handler(VisitationDbContext db, ForumMeetings meetings, DanishCalendar calendar, CurrentUser currentUser, TimeProvider clock)
        : IQueryHandler<Query, MyMeetingsView>
    {
        public async ValueTask<MyMeetingsView> Handle(Query query, CancellationToken cancellationToken)
        {
            if (currentUser.UserId is not { } userId) return new MyMeetingsView([], []);
            var forums = (await db.Forums.AsNoTracking().ToListAsync(cancellationToken))
                .Where(f => ForumView.People(f).Contains(userId))
                .OrderBy(f => f.Name, StringComparer.Create(new("da-DK"), true)).ToList();
            if (forums.Count == 0) return new MyMeetingsView([], []);

            var now = clock.GetUtcNow();
            var zone = await meetings.TimeZoneAsync(forums[0].KommuneId, cancellationToken);
            var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, zone).DateTime);
            var views = new List<MyForumView>();
            var shown = new List<(Forum Forum, Meeting Meeting)>();
            foreach (var forum in forums)
            {
                var coming = await meetings.EnsureAsync(forum, forum.Schedule.Between(today, today.AddDays(WeeksAhead * 7), zone, calendar).ToList(), cancellationToken);
                var since = now.AddDays(-DaysBack);
                var unfinished = await db.Meetings.AsNoTracking()
                    .Where(m => m.ForumId == forum.Id && m.StartsAt >= since && m.StartsAt < now
                                && (m.Status == MeetingStatus.Open || (m.Status == MeetingStatus.Closed && m.MinutesApprovedAt == null)))
                    .ToListAsync(cancellationToken);
                var list = unfinished.Concat(coming.Where(m => m.StartsAt >= now || m.Status != MeetingStatus.Planned))
                    .DistinctBy(m => m.Id).OrderBy(m => m.StartsAt).ToList();
                shown.AddRange(list.Select(m => (forum, m)));
                views.Add(new MyForumView(forum.Id, forum.Name, forum.Kind, Seats(forum, userId), forum.Capacity, forum.AsyncApproval, []));
            }

            var counts = await meetings.ItemCountsAsync(shown.Select(s => s.Meeting.Id).ToList(), cancellationToken);
            views = views.Select(v => v with
            {
                Meetings = shown.Where(s => s.Forum.Id == v.Id)
                    .Select(s => MeetingView.From(s.Meeting, counts.GetValueOrDefault(s.Meeting.Id), s.Forum.Capacity)).ToList(),
            }).ToList();
            return new MyMeetingsView(views, await AwaitingAsync(forums, userId, cancellationToken));
        }

        private async Task<IReadOnlyList<AwaitingApprovalView>> AwaitingAsync(List<Forum> forums, Guid userId, CancellationToken cancellationToken)
        {
            var approving = forums.Where(f => f.AsyncApproval != AsyncApproval.Off && ForumPeople.MayDecide(f, userId)).ToDictionary(f => f.Id);
            if (approving.Count == 0) return [];
            var forumIds = approving.Keys.ToList();
            var rows = await (from item in db.AgendaItems.AsNoTracking()
                              join meeting in db.Meetings.AsNoTracking() on item.MeetingId equals meeting.Id
                              join sag in db.Sager.AsNoTracking() on item.CaseId equals sag.Id
                              where forumIds.Contains(meeting.ForumId) && meeting.Status == MeetingStatus.Planned && item.Status == AgendaItemStatus.Queued
                                    && item.Outcome != null
                              select new { Item = item, meeting.ForumId, meeting.Date, meeting.StartsAt, sag.Sagsnummer })
                .ToListAsync(cancellationToken);
            rows = rows.Where(r => !r.Item.ApprovedByIds.Contains(userId) && !r.Item.DisqualifiedIds.Contains(userId)).OrderBy(r => r.StartsAt)
                .ThenBy(r => r.Item.Position).ToList();
            if (rows.Count == 0) return [];
            var indstillingIds = rows.Select(r => r.Item.IndstillingId).ToList();
            var indstillinger = await db.Indstillinger.AsNoTracking().Where(i => indstillingIds.Contains(i.Id)).ToDictionaryAsync(i => i.Id, cancellationToken);
            var names = await AgendaItemView.NamesAsync(db, rows.SelectMany(r => r.Item.ApprovedByIds), cancellationToken);
            return rows.Select(r =>
            {
                var indstilling = indstillinger[r.Item.IndstillingId];
                var proposal = GetAgenda.Proposal(indstilling, r.Date.Year);
                return new AwaitingApprovalView(r.ForumId, approving[r.ForumId].Name, r.Item.MeetingId, r.Date, r.Item.Id, r.Item.CaseId, r.Sagsnummer,
                    r.Item.Outcome!.Value, r.Item.DecidedBy, proposal.MeasureType, proposal.CostThisYear, proposal.AnnualCost,
                    r.Item.ApprovedByIds.Select(id => names.GetValueOrDefault(id) ?? id.ToString()).ToList());
            }).ToList();
        }
    }

    private static List<ForumSeat> Seats(Forum forum, Guid userId)
    {
        var seats = new List<ForumSeat>();
        if (forum.ChairId == userId) seats.Add(ForumSeat.Chair);
        if (forum.MemberIds.Contains(userId)) seats.Add(ForumSeat.Member);
        if (forum.SubstituteIds.Contains(userId)) seats.Add(ForumSeat.Substitute);
        if (forum.SecretaryIds.Contains(userId)) seats.Add(ForumSeat.Secretary);
        if (forum.AdHocIds.Contains(userId)) seats.Add(ForumSeat.AdHoc);
        return seats;
    }
}
