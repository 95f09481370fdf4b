using Visitation.Workflows.Definitions;

namespace Visitation.Workflows.Tests.Definitions;

public sealed class DurationLiteralTests
{
    private static readonly DateTimeOffset January31 = new(2026, 1, 31, 10, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData("00:01:00", DurationKind.Duration, "2026-01-31T10:01:00+00:00")]
    [InlineData("PT5M", DurationKind.Duration, "2026-01-31T10:05:00+00:00")]
    [InlineData("P1DT2H", DurationKind.Duration, "2026-02-01T12:00:00+00:00")]
    [InlineData("PT1.5H", DurationKind.Duration, "2026-01-31T11:30:00+00:00")]
    [InlineData("P1M", DurationKind.Period, "2026-02-28T10:00:00+00:00")]
    [InlineData("P2W", DurationKind.Period, "2026-02-14T10:00:00+00:00")]
    [InlineData("P1Y", DurationKind.Period, "2027-01-31T10:00:00+00:00")]
    [InlineData("2026-03-01T08:00:00Z", DurationKind.Date, "2026-03-01T08:00:00+00:00")]
    public void Should_resolve_the_due_instant_when_counted_from_a_start(string literal, DurationKind kind, string expected)
    {
        // Act
        var parsed = DurationLiteral.TryParse(literal, out var value);

        // Assert
        Assert.True(parsed);
        Assert.Equal(kind, value.Kind);
        Assert.Equal(DateTimeOffset.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), value.ResolveFrom(January31));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("P")]
    [InlineData("PT")]
    [InlineData("P1DT")]
    [InlineData("tomorrow")]
    [InlineData("PT5X")]
    public void Should_reject_text_that_is_no_duration_period_timespan_or_date(string? literal)
    {
        // Act
        var parsed = DurationLiteral.TryParse(literal, out _);

        // Assert
        Assert.False(parsed);
    }
}
