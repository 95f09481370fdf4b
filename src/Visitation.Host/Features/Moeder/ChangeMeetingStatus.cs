using Mediator;
using Microsoft.EntityFrameworkCore;
using Visitation.Host.Infrastructure.Errors;
using Visitation.Host.Infrastructure.Persistence;

namespace Visitation.Host.Features.Moeder;

/// <summary>A leader opens a planned meeting; a meeting never goes back. Closing is <see cref="CloseMeeting"/>, which also settles the agenda.</summary>
public static class ChangeMeetingStatus
{
    public sealed record Command(Guid ForumId, Guid MeetingId, MeetingStatus To) : ICommand<MeetingView>;

    public sealed class Handler(VisitationDbContext db, ForumMeetings meetings) : ICommandHandler<Command, MeetingView>
    {
        public async ValueTask<MeetingView> Handle(Command command, CancellationToken cancellationToken)
        {
            var forum = await meetings.ForumAsync(command.ForumId, cancellationToken);
            var meeting = await db.Meetings.SingleOrDefaultAsync(m => m.Id == command.MeetingId && m.ForumId == forum.Id, cancellationToken)
                ?? throw new ResourceNotFoundException("Mødet");
            if (meeting.Status != MeetingStatus.Planned || command.To != MeetingStatus.Open)
                throw new ConflictException(ErrorMessages.Error("", "meeting.invalidTransition", meeting.Status, command.To));
            meeting.Status = command.To;
            await db.SaveChangesAsync(cancellationToken);
            var counts = await meetings.ItemCountsAsync([meeting.Id], cancellationToken);
            return MeetingView.From(meeting, counts.GetValueOrDefault(meeting.Id), forum.Capacity);
        }
    }
}
