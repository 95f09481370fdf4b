using Mediator;
using Visitation.Host.Features.Frister;
using Visitation.Host.Infrastructure.Behaviors;
using Visitation.Host.Infrastructure.Errors;

namespace Visitation.Host.Features.Moeder;

/// <summary>A forum's meetings between two local dates (both inclusive), as its schedule gives them; any user of the municipality may read them.</summary>
public static class ListMeetings
{
    /// <summary>At most this many days in one listing.</summary>
    public const int MaxDays = 400;

    public sealed record Query(Guid ForumId, DateOnly? From, DateOnly? To) : IQuery<IReadOnlyList<MeetingView>>, IValidatable
    {
        public IEnumerable<ProblemError> Validate()
        {
            if (From is null) yield return ErrorMessages.Error("/from", "field.required");
            if (To is null) yield return ErrorMessages.Error("/to", "field.required");
            if (From is { Year: < ComputeFrist.FirstYear or > ComputeFrist.LastYear })
                yield return ErrorMessages.Error("/from", "field.outOfRange", ComputeFrist.FirstYear, ComputeFrist.LastYear);
            if (From is { } from && To is { } to && (to < from || to.DayNumber - from.DayNumber > MaxDays))
                yield return ErrorMessages.Error("/to", "meeting.invalidRange", MaxDays);
        }
    }

    public sealed class Handler(ForumMeetings meetings, DanishCalendar calendar) : IQueryHandler<Query, IReadOnlyList<MeetingView>>
    {
        public async ValueTask<IReadOnlyList<MeetingView>> Handle(Query query, CancellationToken cancellationToken)
        {
            var forum = await meetings.ForumAsync(query.ForumId, cancellationToken);
            var zone = await meetings.TimeZoneAsync(forum.KommuneId, cancellationToken);
            var scheduled = forum.Schedule.Between(query.From!.Value, query.To!.Value, zone, calendar).ToList();
            await meetings.EnsureAsync(forum, scheduled, cancellationToken);
            var from = ZonedTime.FromLocal(query.From.Value.ToDateTime(TimeOnly.MinValue), zone);
            var to = ZonedTime.FromLocal(query.To.Value.AddDays(1).ToDateTime(TimeOnly.MinValue), zone).AddTicks(-1);
            var stored = await meetings.StoredAsync(forum.Id, from, to, cancellationToken);
            var counts = await meetings.ItemCountsAsync(stored.Select(m => m.Id).ToList(), cancellationToken);
            return stored.Select(m => MeetingView.From(m, counts.GetValueOrDefault(m.Id), forum.Capacity)).ToList();
        }
    }
}
