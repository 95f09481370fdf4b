using Visitation.Host.Features.Frister;

namespace Visitation.Host.Features.Moeder;

/// <summary>The meeting an item goes on: <see cref="ItemsBefore"/> items are already on it, and <see cref="FullMeetingsSkipped"/> earlier meetings were full.</summary>
public sealed record MeetingSlot(MeetingOccurrence Meeting, int ItemsBefore, int FullMeetingsSkipped);

/// <summary>
/// "The next meeting an item submitted at instant T can go on": the first meeting of the schedule whose agenda has not closed at T
/// (T is at or before its cut-off, and before it starts) and that still has room (fewer items than the capacity). A full
/// meeting spills the item to the following one. Meetings already open or closed take nothing and are passed over; they were held, not full,
/// so they do not count among the full meetings skipped.
/// </summary>
public static class NextMeetingRule
{
    /// <summary>How many meetings ahead to look before giving up (ten years of weekly meetings).</summary>
    public const int Horizon = 520;

    /// <summary>The slot, or null when none of the next <see cref="Horizon"/> meetings has room. <paramref name="itemsOn"/> tells how many items a
    /// meeting (by its start) already has, null for a meeting that takes none because it is already open or closed.</summary>
    public static MeetingSlot? Find(MeetingSchedule schedule, int capacity, DateTimeOffset submittedAt, TimeZoneInfo zone, DanishCalendar calendar,
        Func<DateTimeOffset, int?> itemsOn)
    {
        var full = 0;
        foreach (var meeting in schedule.From(ZonedTime.LocalDate(submittedAt, zone), zone, calendar).Take(Horizon))
        {
            if (submittedAt > meeting.CutoffAt || submittedAt >= meeting.StartsAt) continue;
            if (itemsOn(meeting.StartsAt) is not { } items) continue;
            if (items < capacity) return new MeetingSlot(meeting, items, full);
            full++;
        }
        return null;
    }
}
