using Visitation.Host.Features.Frister;

namespace Visitation.Host.Tests.Frister;

public sealed class IsoDurationTests
{
    private static readonly TimeZoneInfo Copenhagen = TimeZoneInfo.FindSystemTimeZoneById("Europe/Copenhagen");

    [Theory]
    [InlineData("PT24H")]
    [InlineData("P6D")]
    [InlineData("P4M")]
    [InlineData("P1Y2M")]
    [InlineData("P2W")]
    [InlineData("P1DT12H")]
    [InlineData("PT90M")]
    public void Should_parse_and_print_back_when_duration_is_valid(string text)
    {
        Assert.True(IsoDuration.TryParse(text, out var duration));
        Assert.Equal(text, duration.ToString());
    }

    [Theory]
    [InlineData("")]
    [InlineData("P")]
    [InlineData("PT")]
    [InlineData("P1DT")]
    [InlineData("4M")]
    [InlineData("P-1D")]
    [InlineData("P1.5D")]
    [InlineData("P1H")]
    [InlineData("P0D")]
    [InlineData("4 måneder")]
    public void Should_refuse_when_text_is_not_an_iso_duration(string text)
    {
        Assert.False(IsoDuration.TryParse(text, out _));
    }

    [Fact]
    public void Should_add_24_real_hours_but_keep_the_clock_for_a_day_when_spring_dst_begins()
    {
        // Saturday 28 March 2026 12:00 CET; clocks go forward on Sunday 29 March at 02:00.
        var start = new DateTimeOffset(2026, 3, 28, 11, 0, 0, TimeSpan.Zero);

        Assert.Equal(new DateTimeOffset(2026, 3, 29, 11, 0, 0, TimeSpan.Zero), IsoDuration.Parse("PT24H").AddTo(start, Copenhagen));
        Assert.Equal(new DateTimeOffset(2026, 3, 29, 10, 0, 0, TimeSpan.Zero), IsoDuration.Parse("P1D").AddTo(start, Copenhagen));
    }

    [Fact]
    public void Should_add_24_real_hours_when_autumn_dst_ends()
    {
        // Saturday 24 October 2026 12:00 CEST; clocks go back on Sunday 25 October at 03:00.
        var start = new DateTimeOffset(2026, 10, 24, 10, 0, 0, TimeSpan.Zero);

        Assert.Equal(new DateTimeOffset(2026, 10, 25, 10, 0, 0, TimeSpan.Zero), IsoDuration.Parse("PT24H").AddTo(start, Copenhagen));
        Assert.Equal(new DateTimeOffset(2026, 10, 25, 11, 0, 0, TimeSpan.Zero), IsoDuration.Parse("P1D").AddTo(start, Copenhagen));
    }

    [Fact]
    public void Should_move_past_the_gap_and_take_the_first_of_a_repeated_hour()
    {
        // 02:30 does not exist on 29 March 2026 (becomes 03:30 CEST); it exists twice on 25 October 2026 (first: CEST).
        var beforeGap = new DateTimeOffset(2026, 3, 28, 1, 30, 0, TimeSpan.Zero);
        var beforeRepeat = new DateTimeOffset(2026, 10, 24, 0, 30, 0, TimeSpan.Zero);

        Assert.Equal(new DateTimeOffset(2026, 3, 29, 1, 30, 0, TimeSpan.Zero), IsoDuration.Parse("P1D").AddTo(beforeGap, Copenhagen));
        Assert.Equal(new DateTimeOffset(2026, 10, 25, 0, 30, 0, TimeSpan.Zero), IsoDuration.Parse("P1D").AddTo(beforeRepeat, Copenhagen));
    }

    [Fact]
    public void Should_fall_on_the_last_day_of_february_when_4_months_run_from_31_october()
    {
        var start2025 = new DateTimeOffset(2025, 10, 31, 9, 0, 0, TimeSpan.Zero);
        var start2027 = new DateTimeOffset(2027, 10, 31, 9, 0, 0, TimeSpan.Zero);

        Assert.Equal(new DateTimeOffset(2026, 2, 28, 9, 0, 0, TimeSpan.Zero), IsoDuration.Parse("P4M").AddTo(start2025, Copenhagen));
        Assert.Equal(new DateTimeOffset(2028, 2, 29, 9, 0, 0, TimeSpan.Zero), IsoDuration.Parse("P4M").AddTo(start2027, Copenhagen));
    }

    [Fact]
    public void Should_add_years_and_months_in_one_step_when_period_has_both()
    {
        // 29 February 2024 + 1 year 2 months = 29 April 2025, not 28 April (no intermediate clamping).
        var start = new DateTimeOffset(2024, 2, 29, 11, 0, 0, TimeSpan.Zero);

        Assert.Equal(new DateTimeOffset(2025, 4, 29, 10, 0, 0, TimeSpan.Zero), IsoDuration.Parse("P1Y2M").AddTo(start, Copenhagen));
        Assert.Equal(new DateTimeOffset(2024, 3, 6, 11, 0, 0, TimeSpan.Zero), IsoDuration.Parse("P6D").AddTo(start, Copenhagen));
    }
}
