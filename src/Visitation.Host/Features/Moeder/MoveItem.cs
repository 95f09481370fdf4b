using System.Globalization;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Visitation.Host.Features.Audit;
using Visitation.Host.Features.Frister;
using Visitation.Host.Infrastructure.Behaviors;
using Visitation.Host.Infrastructure.Errors;
using Visitation.Host.Infrastructure.Persistence;
using Visitation.Host.Infrastructure.Workflows;

namespace Visitation.Host.Features.Moeder;

/// <summary>
/// Before a meeting, a meeting secretary (or the chair, the substitute standing in for the chair, a leader or an
/// administrator) moves a waiting item to a later planned meeting of the same forum that has room, as the forum's udsat
/// does at a meeting (<see cref="AgendaPlacement.MoveAsync"/>): the item leaves this agenda and goes last on the other,
/// the case's flow keeps waiting, and the caseworker sees the new meeting. At or after the meeting an item is postponed
/// by the forum instead (409), as is an item on which a member has recorded a decision waiting for approval.
/// </summary>
public static class MoveItem
{
    public sealed record Command(Guid ForumId, Guid MeetingId, Guid ItemId, Guid? ToMeetingId) : ICommand<AgendaItemView>, IValidatable
    {
        public IEnumerable<ProblemError> Validate()
        {
            if (ToMeetingId is null) yield return ErrorMessages.Error("/toMeetingId", "field.required");
        }
    }

    public sealed class Handler(VisitationDbContext db, MeetingItems items, DanishCalendar calendar, AuditTrail audit, TimeProvider clock)
        : ICommandHandler<Command, AgendaItemView>
    {
        public async ValueTask<AgendaItemView> Handle(Command command, CancellationToken cancellationToken) =>
            await MoveAsync(command, cancellationToken);

        private async Task<AgendaItemView> MoveAsync(Command command, CancellationToken cancellationToken)
        {
            var (forum, meeting, item) = await items.LockedItemAsync(command.ForumId, command.MeetingId, command.ItemId, cancellationToken);
            await items.RequireKeeperAsync(forum, meeting, "meeting.notSecretary", cancellationToken);
            if (meeting.Status == MeetingStatus.Closed) throw new ConflictException(ErrorMessages.Error("", "meeting.agendaClosed"));
            if (meeting.Status != MeetingStatus.Planned) throw new ConflictException(ErrorMessages.Error("", "meeting.moveBeforeMeeting"));
            MeetingItems.RequireUndecided(item);
            // A decision recorded between meetings waits for the others' approval; moving would silently drop it.
            if (item.Outcome is not null) throw new ConflictException(ErrorMessages.Error("", "meeting.moveProposed"));

            var target = await db.Meetings.SingleOrDefaultAsync(m => m.Id == command.ToMeetingId && m.ForumId == forum.Id, cancellationToken);
            if (target is null || target.Status != MeetingStatus.Planned || target.StartsAt <= meeting.StartsAt)
                throw new UnprocessableException([ErrorMessages.Error("/toMeetingId", "meeting.invalidMoveTarget")]);
            var taken = await db.AgendaItems.CountAsync(i => i.MeetingId == target.Id && (i.Status == AgendaItemStatus.Queued || i.Status == AgendaItemStatus.Decided),
                cancellationToken);
            if (taken >= forum.Capacity)
                throw new UnprocessableException([ErrorMessages.Error("/toMeetingId", "meeting.moveTargetFull",
                    target.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), forum.Capacity)]);

            var moved = await AgendaPlacement.MoveAsync(db, forum, calendar, meeting, item, target, clock.GetUtcNow(), cancellationToken);
            audit.Write(meeting.KommuneId, item.CaseId, "moede.flyttet");
            await items.SaveMeetingAsync(meeting, cancellationToken);
            return await AgendaItemView.ForAsync(db, moved, cancellationToken);
        }
    }
}
