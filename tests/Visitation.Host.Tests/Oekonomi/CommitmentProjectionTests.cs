using Visitation.Host.Features.Oekonomi;

namespace Visitation.Host.Tests.Oekonomi;

public sealed class CommitmentProjectionTests
{
    private static DateOnly D(string text) => DateOnly.Parse(text, System.Globalization.CultureInfo.InvariantCulture);

    [Fact]
    public void Should_project_a_line_across_two_years_to_the_oere()
    {
        // 5 hours a week at 600 kr: 13,000.00 a month; March 2026 covers 22 of 31 days.
        var projection = CommitmentProjection.Project(new CommitmentLine(600m, CostRule.TimerPrUge, 5m, D("2026-03-10"), D("2027-06-30")), null);

        Assert.Equal(16, projection.Months.Count);
        Assert.Equal(9225.81m, projection.Months[0].Amount);
        Assert.All(projection.Months.Skip(1), m => Assert.Equal(13000.00m, m.Amount));
        Assert.Equal([new YearCost(2026, 126225.81m), new YearCost(2027, 78000.00m)], projection.Years);
        Assert.Equal(204225.81m, projection.Total);
        Assert.False(projection.OpenEnded);
    }

    [Fact]
    public void Should_count_an_open_ended_line_to_the_horizon()
    {
        var projection = CommitmentProjection.Project(new CommitmentLine(10000m, CostRule.Vederlag, 3m, D("2026-07-01"), null), D("2026-12-31"));

        Assert.True(projection.OpenEnded);
        Assert.Equal(D("2026-12-31"), projection.To);
        Assert.Equal(180000.00m, projection.Total);
    }

    [Fact]
    public void Should_make_the_months_of_an_annual_price_add_up_to_the_price_exactly()
    {
        var projection = CommitmentProjection.Project(new CommitmentLine(100000m, CostRule.KrPrAar, 1m, D("2026-01-01"), D("2026-12-31")), null);

        Assert.Equal([8333.33m, 8333.34m, 8333.33m], projection.Months.Take(3).Select(m => m.Amount));
        Assert.Equal(100000.00m, projection.Total);
        Assert.Equal(100000.00m, projection.Years.Single().Amount);
    }
}
