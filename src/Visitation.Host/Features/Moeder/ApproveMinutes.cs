using Mediator;
using Visitation.Host.Infrastructure.Errors;
using Visitation.Host.Infrastructure.Persistence;
using Visitation.Host.Infrastructure.Tenancy;
using Visitation.Host.Infrastructure.Workflows;

namespace Visitation.Host.Features.Moeder;

/// <summary>The forum's chair approves the minutes of a closed meeting; from then on the meeting and its decisions are locked (409 on any change).</summary>
public static class ApproveMinutes
{
    public sealed record Command(Guid ForumId, Guid MeetingId) : ICommand<MeetingView>;

    public sealed class Handler(MeetingItems items, ForumMeetings meetings, CurrentUser currentUser, TimeProvider clock)
        : ICommandHandler<Command, MeetingView>
    {
        public async ValueTask<MeetingView> Handle(Command command, CancellationToken cancellationToken) =>
            await ApproveAsync(command, cancellationToken);

        private async Task<MeetingView> ApproveAsync(Command command, CancellationToken cancellationToken)
        {
            var (forum, meeting) = await items.LockedMeetingAsync(command.ForumId, command.MeetingId, cancellationToken);
            if (currentUser.UserId != forum.ChairId) throw new ForbiddenException(ErrorMessages.Error("", "meeting.notChair"));
            MeetingItems.RequireUnlocked(meeting);
            if (meeting.Status != MeetingStatus.Closed) throw new ConflictException(ErrorMessages.Error("", "meeting.notClosed"));
            meeting.MinutesApprovedAt = clock.GetUtcNow();
            meeting.MinutesApprovedBy = currentUser.Actor;
            await items.SaveMeetingAsync(meeting, cancellationToken);
            var counts = await meetings.ItemCountsAsync([meeting.Id], cancellationToken);
            return MeetingView.From(meeting, counts.GetValueOrDefault(meeting.Id), forum.Capacity);
        }
    }
}
