using Visitation.Host.Features.Oekonomi;

namespace Visitation.Host.Tests.Oekonomi;

public sealed class CostRuleTests
{
    private static readonly DateOnly Horizon = new(2026, 12, 31);

    private static DateOnly D(string text) => DateOnly.Parse(text, System.Globalization.CultureInfo.InvariantCulture);

    [Fact]
    public void Should_charge_the_monthly_rate_for_each_whole_month()
    {
        // 10 hours a month at 500 kr
        var projection = CostRule.Project(new CostScope(10, CostRule.TimerPrMaaned, 500m, D("2026-01-01"), D("2026-03-31")), Horizon);

        Assert.Equal([5000.00m, 5000.00m, 5000.00m], projection.Months.Select(m => m.Amount));
        Assert.Equal(15000.00m, projection.Total);
        Assert.Equal([31, 28, 31], projection.Months.Select(m => m.Days));
    }

    [Fact]
    public void Should_charge_part_months_pro_rata_by_days()
    {
        // 3,100 kr a month from 15 January to 10 February: 17/31 and 10/28 of a month.
        var projection = CostRule.Project(new CostScope(1, CostRule.KrPrMaaned, 3100m, D("2026-01-15"), D("2026-02-10")), Horizon);

        Assert.Equal(new MonthCost(2026, 1, 17, 31, 1700.00m), projection.Months[0]);
        Assert.Equal(new MonthCost(2026, 2, 10, 28, 1107.14m), projection.Months[1]);
        Assert.Equal(2807.14m, projection.Total);
    }

    [Fact]
    public void Should_use_29_days_for_february_in_a_leap_year()
    {
        var leap = CostRule.Project(new CostScope(1, CostRule.KrPrMaaned, 2900m, D("2028-02-15"), D("2028-02-29")), Horizon);
        var common = CostRule.Project(new CostScope(1, CostRule.KrPrMaaned, 2900m, D("2027-02-15"), D("2027-02-28")), Horizon);
        var placement = CostRule.Project(new CostScope(1, CostRule.Doegntakst, 1000m, D("2028-02-01"), D("2028-02-29")), Horizon);

        Assert.Equal(1500.00m, leap.Total);     // 15/29
        Assert.Equal(1450.00m, common.Total);   // 14/28
        Assert.Equal(29000.00m, placement.Total);
    }

    [Fact]
    public void Should_run_to_the_horizon_when_open_ended()
    {
        // 3 × vederlag of 10,000 kr a month from 1 July, no end
        var projection = CostRule.Project(new CostScope(3, CostRule.Vederlag, 10000m, D("2026-07-01"), null), Horizon);

        Assert.Equal(6, projection.Months.Count);
        Assert.Equal(D("2026-12-31"), projection.To);
        Assert.Equal(180000.00m, projection.Total);
        Assert.Equal(180000.00m, projection.ForYear(2026));
    }

    [Fact]
    public void Should_add_up_exactly_to_the_annual_price_when_the_unit_is_kroner_a_year()
    {
        var projection = CostRule.Project(new CostScope(1, CostRule.KrPrAar, 100000m, D("2026-01-01"), D("2026-12-31")), Horizon);

        Assert.Equal(100000.00m, projection.Total);
        Assert.Equal([8333.33m, 8333.34m, 8333.33m], projection.Months.Take(3).Select(m => m.Amount));
        Assert.Equal([8333.34m, 8333.33m], projection.Months.Skip(10).Select(m => m.Amount));
        Assert.All(projection.Months, m => Assert.InRange(m.Amount, 8333.33m, 8333.34m));
    }

    [Fact]
    public void Should_split_a_grant_into_calendar_years_that_sum_to_its_total()
    {
        // 5 hours a week at 600 kr from 10 March 2026 to 30 June 2027
        var projection = CostRule.Project(new CostScope(5, CostRule.TimerPrUge, 600m, D("2026-03-10"), D("2027-06-30")), Horizon);
        var wholeYear = CostRule.Project(new CostScope(5, CostRule.TimerPrUge, 600m, D("2026-01-01"), D("2026-12-31")), Horizon);

        Assert.Equal(projection.Total, projection.ForYear(2026) + projection.ForYear(2027));
        Assert.Equal((126225.81m, 78000.00m, 204225.81m), (projection.ForYear(2026), projection.ForYear(2027), projection.Total));
        Assert.Equal(9225.81m, projection.Months[0].Amount);
        Assert.Equal(156000.00m, wholeYear.Total); // 5 × 600 × 52
        Assert.Equal(13000.00m, wholeYear.Months[0].Amount);
        Assert.Equal(0m, projection.ForYear(2028));
        Assert.Equal(16, projection.Months.Count);
    }

    [Fact]
    public void Should_give_the_monthly_rate_of_each_unit()
    {
        CostScope Scope(string unit, decimal quantity, decimal price) => new(quantity, unit, price, D("2026-01-01"), null);

        Assert.Equal(4000m, CostRule.MonthlyRate(Scope(CostRule.TimerPrMaaned, 8, 500), 31));
        Assert.Equal(10000m, CostRule.MonthlyRate(Scope(CostRule.Doegn, 4, 2500), 30));
        Assert.Equal(30000m, CostRule.MonthlyRate(Scope(CostRule.Doegntakst, 1, 1000), 30));
        Assert.Equal(1000m, CostRule.MonthlyRate(Scope(CostRule.KrPrAar, 1, 12000), 28));
        Assert.Equal(13000m, CostRule.MonthlyRate(Scope(CostRule.TimerPrUge, 5, 600), 31));
    }

    [Fact]
    public void Should_refuse_unknown_units_and_negative_amounts()
    {
        Assert.Throws<ArgumentException>(() => CostRule.Project(new CostScope(1, "timer", 1m, D("2026-01-01"), null), Horizon));
        Assert.Throws<ArgumentException>(() => CostRule.Project(new CostScope(-1, CostRule.Doegn, 1m, D("2026-01-01"), null), Horizon));
    }

    [Fact]
    public void Should_be_empty_when_the_horizon_ends_before_the_start()
    {
        Assert.Empty(CostRule.Project(new CostScope(1, CostRule.Doegn, 1m, D("2027-01-01"), null), Horizon).Months);
    }
}
