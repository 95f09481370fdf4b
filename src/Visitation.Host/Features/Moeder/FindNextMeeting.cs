using Mediator;
using Visitation.Host.Features.Frister;
using Visitation.Host.Infrastructure.Behaviors;
using Visitation.Host.Infrastructure.Errors;

namespace Visitation.Host.Features.Moeder;

/// <summary>
/// The meeting an item submitted at an instant can go on (<see cref="NextMeetingRule"/>), stored so that the item can be put on it.
/// Queueing an indstilling uses the same rule.
/// </summary>
public static class FindNextMeeting
{
    public sealed record Query(Guid ForumId, DateTimeOffset? SubmittedAt) : IQuery<NextMeetingView>, IValidatable
    {
        public IEnumerable<ProblemError> Validate()
        {
            if (SubmittedAt is null) yield return ErrorMessages.Error("/submittedAt", "field.required");
            else if (SubmittedAt.Value.UtcDateTime.Year is < ComputeFrist.FirstYear or > ComputeFrist.LastYear)
                yield return ErrorMessages.Error("/submittedAt", "field.outOfRange", ComputeFrist.FirstYear, ComputeFrist.LastYear);
        }
    }

    public sealed class Handler(ForumMeetings meetings, DanishCalendar calendar) : IQueryHandler<Query, NextMeetingView>
    {
        public async ValueTask<NextMeetingView> Handle(Query query, CancellationToken cancellationToken)
        {
            var submittedAt = query.SubmittedAt!.Value;
            var forum = await meetings.ForumAsync(query.ForumId, cancellationToken);
            var zone = await meetings.TimeZoneAsync(forum.KommuneId, cancellationToken);
            var items = await meetings.ItemsFromAsync(forum.Id, submittedAt, cancellationToken);
            var slot = NextMeetingRule.Find(forum.Schedule, forum.Capacity, submittedAt, zone, calendar, start => ForumMeetings.ItemsOn(items, start))
                ?? throw new UnprocessableException([ErrorMessages.Error("/submittedAt", "meeting.noneAvailable", NextMeetingRule.Horizon)]);
            var meeting = (await meetings.EnsureAsync(forum, [slot.Meeting], cancellationToken)).Single();
            return new NextMeetingView(submittedAt.ToUniversalTime(), MeetingView.From(meeting, slot.ItemsBefore, forum.Capacity), slot.ItemsBefore + 1,
                slot.FullMeetingsSkipped);
        }
    }
}
