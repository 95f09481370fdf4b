using Visitation.Host.Features.Frister;
using Visitation.Host.Features.Moeder;

namespace Visitation.Host.Tests.Moeder;

/// <summary>Meeting days and agenda cut-offs in Copenhagen time, across daylight-saving changes and public holidays.</summary>
public sealed class MeetingScheduleTests
{
    private static readonly TimeZoneInfo Copenhagen = TimeZoneInfo.FindSystemTimeZoneById("Europe/Copenhagen");
    private static readonly DanishCalendar Calendar = new();

    private static DateOnly D(string text) => DateOnly.Parse(text, System.Globalization.CultureInfo.InvariantCulture);

    private static DateTimeOffset Utc(string text) => DateTimeOffset.Parse(text, System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Tuesdays at 09:00; the agenda closes three days before at 12:00.</summary>
    private static readonly MeetingSchedule WeeklyTuesday = new(1, DayOfWeek.Tuesday, new TimeOnly(9, 0), D("2026-01-01"), 3, new TimeOnly(12, 0));

    [Fact]
    public void Should_keep_the_local_meeting_time_when_summer_time_begins_and_ends()
    {
        var spring = WeeklyTuesday.Between(D("2026-03-24"), D("2026-03-31"), Copenhagen, Calendar).ToList();
        var autumn = WeeklyTuesday.Between(D("2026-10-20"), D("2026-10-27"), Copenhagen, Calendar).ToList();

        Assert.Equal([Utc("2026-03-24T08:00:00Z"), Utc("2026-03-31T07:00:00Z")], spring.Select(m => m.StartsAt));
        Assert.Equal([Utc("2026-10-20T07:00:00Z"), Utc("2026-10-27T08:00:00Z")], autumn.Select(m => m.StartsAt));
        // The cut-off of 31 March is Saturday 28 March at 12:00, still winter time.
        Assert.Equal(Utc("2026-03-28T11:00:00Z"), spring[1].CutoffAt);
    }

    [Fact]
    public void Should_skip_meetings_that_fall_on_a_public_holiday()
    {
        var thursdays = new MeetingSchedule(1, DayOfWeek.Thursday, new TimeOnly(13, 30), D("2026-03-01"), 1, new TimeOnly(10, 0));

        var meetings = thursdays.Between(D("2026-03-26"), D("2026-05-21"), Copenhagen, Calendar).Select(m => m.Date).ToList();

        // Skærtorsdag 2 April and Kristi himmelfartsdag 14 May 2026 have no meeting.
        Assert.Equal([D("2026-03-26"), D("2026-04-09"), D("2026-04-16"), D("2026-04-23"), D("2026-04-30"), D("2026-05-07"), D("2026-05-21")], meetings);
    }

    [Fact]
    public void Should_meet_every_n_weeks_counted_from_the_first_meeting_day()
    {
        var fortnightly = new MeetingSchedule(2, DayOfWeek.Wednesday, new TimeOnly(10, 0), D("2026-01-01"), 0, new TimeOnly(8, 0));

        var meetings = fortnightly.Between(D("2026-01-10"), D("2026-02-28"), Copenhagen, Calendar).Select(m => m.Date).ToList();

        Assert.Equal(D("2026-01-07"), fortnightly.Anchor);
        Assert.Equal([D("2026-01-21"), D("2026-02-04"), D("2026-02-18")], meetings);
    }

    [Fact]
    public void Should_put_an_item_submitted_exactly_at_the_cutoff_on_that_meeting_and_one_second_later_on_the_next()
    {
        var atCutoff = NextMeetingRule.Find(WeeklyTuesday, 10, Utc("2026-03-28T11:00:00Z"), Copenhagen, Calendar, _ => 0)!;
        var afterCutoff = NextMeetingRule.Find(WeeklyTuesday, 10, Utc("2026-03-28T11:00:01Z"), Copenhagen, Calendar, _ => 0)!;

        Assert.Equal((D("2026-03-31"), 0, 0), (atCutoff.Meeting.Date, atCutoff.ItemsBefore, atCutoff.FullMeetingsSkipped));
        Assert.Equal(D("2026-04-07"), afterCutoff.Meeting.Date);
    }

    [Fact]
    public void Should_spill_an_item_to_the_following_meeting_when_the_meeting_is_full()
    {
        var full = new Dictionary<DateTimeOffset, int?> { [Utc("2026-03-31T07:00:00Z")] = 4, [Utc("2026-04-07T07:00:00Z")] = 4, [Utc("2026-04-14T07:00:00Z")] = 2 };

        var slot = NextMeetingRule.Find(WeeklyTuesday, 4, Utc("2026-03-25T09:00:00Z"), Copenhagen, Calendar, start => full.GetValueOrDefault(start, 0))!;

        Assert.Equal((D("2026-04-14"), 2, 2), (slot.Meeting.Date, slot.ItemsBefore, slot.FullMeetingsSkipped));
    }

    [Fact]
    public void Should_skip_a_holiday_and_a_meeting_that_takes_no_items_when_finding_the_next_meeting()
    {
        // Mondays: 2. påskedag 6 April 2026 has no meeting; 13 April is already closed.
        var mondays = new MeetingSchedule(1, DayOfWeek.Monday, new TimeOnly(9, 0), D("2026-01-01"), 2, new TimeOnly(12, 0));
        var closed = Utc("2026-04-13T07:00:00Z");

        var slot = NextMeetingRule.Find(mondays, 5, Utc("2026-03-28T12:00:00Z"), Copenhagen, Calendar, start => start == closed ? null : 0)!;

        // Held, not full: the closed meeting is passed over without counting as a full one.
        Assert.Equal((D("2026-04-20"), 0), (slot.Meeting.Date, slot.FullMeetingsSkipped));
    }

    [Fact]
    public void Should_find_no_meeting_when_every_meeting_is_full()
    {
        Assert.Null(NextMeetingRule.Find(WeeklyTuesday, 1, Utc("2026-03-25T09:00:00Z"), Copenhagen, Calendar, _ => 1));
    }
}
