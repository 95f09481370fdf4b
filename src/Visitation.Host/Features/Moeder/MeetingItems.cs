using Microsoft.EntityFrameworkCore;
using Visitation.Host.Features.Fora;
using Visitation.Host.Infrastructure.Errors;
using Visitation.Host.Infrastructure.Persistence;
using Visitation.Host.Infrastructure.Tenancy;

namespace Visitation.Host.Features.Moeder;

/// <summary>Finds a forum's meeting and an item on it for the caller's municipality (404 otherwise), and checks who may act on it.</summary>
public sealed class MeetingItems(VisitationDbContext db, CurrentUser currentUser)
{
    public async Task<(Forum Forum, Meeting Meeting)> MeetingAsync(Guid forumId, Guid meetingId, CancellationToken cancellationToken) =>
        await MeetingAsync(forumId, meetingId, false, cancellationToken);

    /// <summary>The meeting, read after taking the forum's lock (<see cref="ForumLock"/>): for a change, inside a transaction.</summary>
    public async Task<(Forum Forum, Meeting Meeting)> LockedMeetingAsync(Guid forumId, Guid meetingId, CancellationToken cancellationToken) =>
        await MeetingAsync(forumId, meetingId, true, cancellationToken);

    private async Task<(Forum Forum, Meeting Meeting)> MeetingAsync(Guid forumId, Guid meetingId, bool locked, CancellationToken cancellationToken)
    {
        var forum = await db.Forums.AsNoTracking().SingleOrDefaultAsync(f => f.Id == forumId, cancellationToken) ?? throw new ResourceNotFoundException("Forummet");
        if (locked) await ForumLock.TakeAsync(db, forum.Id, cancellationToken);
        var meeting = await db.Meetings.SingleOrDefaultAsync(m => m.Id == meetingId && m.ForumId == forum.Id, cancellationToken)
                      ?? throw new ResourceNotFoundException("Mødet");
        return (forum, meeting);
    }

    /// <summary>An item of the meeting, read after taking the forum's lock (<see cref="ForumLock"/>), inside a transaction.</summary>
    public async Task<(Forum Forum, Meeting Meeting, AgendaItem Item)> LockedItemAsync(Guid forumId, Guid meetingId, Guid itemId, CancellationToken cancellationToken)
    {
        var (forum, meeting) = await LockedMeetingAsync(forumId, meetingId, cancellationToken);
        var item = await db.AgendaItems.SingleOrDefaultAsync(i => i.Id == itemId && i.MeetingId == meeting.Id, cancellationToken)
                   ?? throw new ResourceNotFoundException("Punktet");
        return (forum, meeting, item);
    }

    /// <summary>The caller, who must be the chair, a member or a substitute of the forum (403 otherwise).</summary>
    public Guid RequireDecider(Forum forum)
    {
        var userId = currentUser.UserId ?? throw new ForbiddenException(ErrorMessages.Error("", "meeting.notMember"));
        if (!ForumPeople.MayDecide(forum, userId)) throw new ForbiddenException(ErrorMessages.Error("", "meeting.notMember"));
        return userId;
    }

    /// <summary>
    /// The caller keeps the meeting's paperwork (agenda order, moves before the meeting, attendance, opening and closing): a leader or
    /// administrator of the municipality, a secretary of the forum, the chair, or the substitute standing in for the chair (403 with
    /// <paramref name="code"/> otherwise).
    /// </summary>
    public async Task RequireKeeperAsync(Forum forum, Meeting meeting, string code, CancellationToken cancellationToken)
    {
        if (currentUser.IsInRole(Roles.Leder) || currentUser.IsInRole(Roles.Administrator)) return;
        if (currentUser.UserId is { } userId)
        {
            if (ForumPeople.IsSecretary(forum, userId)) return;
            if ((await MeetingAttendance.ForAsync(db, forum, meeting, cancellationToken)).MayRecord(forum, userId)) return;
        }
        throw new ForbiddenException(ErrorMessages.Error("", code));
    }

    /// <summary>Approved minutes lock the meeting and its decisions.</summary>
    public static void RequireUnlocked(Meeting meeting)
    {
        if (meeting.MinutesApprovedAt is not null) throw new ConflictException(ErrorMessages.Error("", "meeting.locked"));
    }

    /// <summary>The item is still waiting for its decision on this meeting (not moved, withdrawn or final).</summary>
    public static void RequireUndecided(AgendaItem item)
    {
        if (item.Status != AgendaItemStatus.Queued || item.AfgoerelseId is not null) throw new ConflictException(ErrorMessages.Error("", "meeting.itemNotOpen"));
    }

    /// <summary>Saves a change of the meeting; one that lost to a concurrent change of the same meeting is refused (409) and changes nothing.</summary>
    public async Task SaveMeetingAsync(Meeting meeting, CancellationToken cancellationToken)
    {
        meeting.Version++;
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            throw new ConflictException(ErrorMessages.Error("", "meeting.changed"));
        }
    }
}
