using Mediator;
using Microsoft.EntityFrameworkCore;
using Visitation.Host.Features.Fora;
using Visitation.Host.Features.Frister;
using Visitation.Host.Features.Indstillinger;
using Visitation.Host.Infrastructure.Errors;
using Visitation.Host.Infrastructure.Persistence;
using Visitation.Host.Infrastructure.Workflows;

namespace Visitation.Host.Features.Moeder;

/// <summary>
/// A leader, an administrator, a meeting secretary or the chair closes an open meeting. Every decided item becomes the case's afgørelse (one each, with the forum's
/// conditions and the meeting) and its case's flow resumes with it; a postponed item moves to the meeting the forum
/// named, an undecided one to the next meeting with room. The minutes are then produced from the recorded decisions
/// (<see cref="GetMinutes"/>). All of it commits together.
/// </summary>
public static class CloseMeeting
{
    public sealed record Command(Guid ForumId, Guid MeetingId) : ICommand<MeetingView>;

    public sealed class Handler(VisitationDbContext db, MeetingItems items, ForumMeetings meetings, ForumDecisionWriter writer, DanishCalendar calendar, TimeProvider clock) : ICommandHandler<Command, MeetingView>
    {
        public async ValueTask<MeetingView> Handle(Command command, CancellationToken cancellationToken) =>
            await CloseAsync(command, cancellationToken);

        private async Task<MeetingView> CloseAsync(Command command, CancellationToken cancellationToken)
        {
            var (forum, meeting) = await items.LockedMeetingAsync(command.ForumId, command.MeetingId, cancellationToken);
            await items.RequireKeeperAsync(forum, meeting, "auth.forbidden", cancellationToken);
            if (meeting.Status != MeetingStatus.Open)
                throw new ConflictException(ErrorMessages.Error("", "meeting.invalidTransition", meeting.Status, MeetingStatus.Closed));
            var now = clock.GetUtcNow();
            var agenda = await db.AgendaItems.Where(i => i.MeetingId == meeting.Id && i.Status == AgendaItemStatus.Queued)
                .OrderBy(i => i.Position).ToListAsync(cancellationToken);
            var decided = new List<Afgoerelse>();
            foreach (var item in agenda)
            {
                if (item.Outcome is null or MeetingOutcome.Udsat)
                {
                    var target = item.PostponedToMeetingId is { } to ? await db.Meetings.SingleAsync(m => m.Id == to, cancellationToken) : null;
                    await AgendaPlacement.MoveAsync(db, forum, calendar, meeting, item, target, now, cancellationToken);
                }
                // Decided when it was recorded at the meeting, not when the meeting was closed, which may be a day later.
                else decided.Add(await writer.WriteAsync(item, meeting.Id, item.DecidedAt ?? now, cancellationToken));
            }
            meeting.Status = MeetingStatus.Closed;
            meeting.ClosedAt = now;
            meeting.PresentIds = [.. await ParticipantsAsync(forum, meeting, cancellationToken)];
            await items.SaveMeetingAsync(meeting, cancellationToken);
            foreach (var afgoerelse in decided) await writer.ResumeAsync(afgoerelse, cancellationToken);
            var counts = await meetings.ItemCountsAsync([meeting.Id], cancellationToken);
            return MeetingView.From(meeting, counts.GetValueOrDefault(meeting.Id), forum.Capacity);
        }

        /// <summary>The attendance list's present and standing in; without a list (a meeting opened before lists were kept), the forum and the substitutes who decided.</summary>
        private async Task<IReadOnlyList<Guid>> ParticipantsAsync(Forum forum, Meeting meeting, CancellationToken cancellationToken)
        {
            var attendance = await MeetingAttendance.ForAsync(db, forum, meeting, cancellationToken);
            if (attendance.Recorded) return attendance.Participants;
            var deciders = await db.AgendaItems.AsNoTracking().Where(i => i.MeetingId == meeting.Id && i.DecidedBy != null)
                .Select(i => i.DecidedBy!).Distinct().ToListAsync(cancellationToken);
            var standIns = await db.Users.AsNoTracking().Where(u => deciders.Contains(u.UserName) && forum.SubstituteIds.Contains(u.Id))
                .Select(u => u.Id).ToListAsync(cancellationToken);
            return [.. attendance.Present, .. standIns];
        }
    }
}
