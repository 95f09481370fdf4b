using Mediator;
using Visitation.Host.Features.Frister;
using Visitation.Host.Infrastructure.Errors;
using Visitation.Host.Infrastructure.Persistence;
using Visitation.Host.Infrastructure.Tenancy;
using Visitation.Host.Infrastructure.Workflows;

namespace Visitation.Host.Features.Moeder;

/// <summary>
/// A leader, an administrator, a meeting secretary or the chair opens a planned meeting on its date (in the municipality's time zone), not before,
/// so that what the meeting decides carries the meeting's date; a meeting never goes back. Opening a meeting whose chair has not recorded the
/// attendance yet records the whole forum as present, which the chair then corrects (<see cref="RecordAttendance"/>).
/// Closing is <see cref="CloseMeeting"/>, which also settles the agenda.
/// </summary>
public static class ChangeMeetingStatus
{
    public sealed record Command(Guid ForumId, Guid MeetingId, MeetingStatus To) : ICommand<MeetingView>;

    public sealed class Handler(VisitationDbContext db, MeetingItems items, ForumMeetings meetings, CurrentUser currentUser, TimeProvider clock)
        : ICommandHandler<Command, MeetingView>
    {
        public async ValueTask<MeetingView> Handle(Command command, CancellationToken cancellationToken) =>
            await ChangeAsync(command, cancellationToken);

        private async Task<MeetingView> ChangeAsync(Command command, CancellationToken cancellationToken)
        {
            var (forum, meeting) = await items.LockedMeetingAsync(command.ForumId, command.MeetingId, cancellationToken);
            await items.RequireKeeperAsync(forum, meeting, "auth.forbidden", cancellationToken);
            if (meeting.Status != MeetingStatus.Planned || command.To != MeetingStatus.Open)
                throw new ConflictException(ErrorMessages.Error("", "meeting.invalidTransition", meeting.Status, command.To));
            var today = ZonedTime.LocalDate(clock.GetUtcNow(), await meetings.TimeZoneAsync(forum.KommuneId, cancellationToken));
            if (today < meeting.Date)
                throw new ConflictException(ErrorMessages.Error("", "meeting.notYet", meeting.Date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)));
            meeting.Status = command.To;
            if (meeting.AttendanceRecordedAt is null)
                await MeetingAttendance.Everyone(forum).StoreAsync(db, meeting, clock.GetUtcNow(), currentUser.Actor, cancellationToken);
            await items.SaveMeetingAsync(meeting, cancellationToken);
            var counts = await meetings.ItemCountsAsync([meeting.Id], cancellationToken);
            return MeetingView.From(meeting, counts.GetValueOrDefault(meeting.Id), forum.Capacity);
        }
    }
}
