using Visitation.Host.Features.Oekonomi;

namespace Visitation.Host.Tests.Oekonomi;

/// <summary>The forecast and the variance on hand-computed examples, to the øre (docs/economy.md).</summary>
public sealed class ForecastAndVarianceTests
{
    static DateOnly D(string text) => DateOnly.Parse(text, System.Globalization.CultureInfo.InvariantCulture);

    static readonly BudgetAssumption Familiebehandling = new("forebyggelse", "familiebehandling", 2m, 120_000m);

    [Fact]
    public void Should_add_actuals_commitments_weighted_pending_new_cases_and_the_pools_share()
    {
        // Arrange: 10 May 2026, actuals imported for January to March, so 7 months are left (June to December).
        var input = new ForecastInputs(2026, D("2026-05-10"), [Familiebehandling],
            [new("familiebehandling", 1, 10_000m, 2), new("familiebehandling", 2, 10_000m, 2), new("familiebehandling", 3, 10_000m, 2)],
            [
                // 5,000 kr. a month since June 2025: April to December 2026 are commitments (9 × 5,000), and it is the type's inflow.
                new("familiebehandling", new CostScope(1, CostRule.KrPrMaaned, 5_000m, D("2025-06-01"), null)),
                // Ended in February (2,807.14 kr. by the cost rule): no commitment after March, but one case of inflow.
                new("aflastning", new CostScope(1, CostRule.KrPrMaaned, 3_100m, D("2026-01-15"), D("2026-02-10"))),
            ],
            // Pending: 2,000 kr. a month from July, 6 months = 12,000 kr., at 80 %.
            [new("familiebehandling", new CostScope(1, CostRule.KrPrMaaned, 2_000m, D("2026-07-01"), null))],
            80, 12_000m);

        // Act
        var forecast = ForecastCalculator.Compute(input);

        // Assert
        Assert.Equal((3, 7), (forecast.ActualsThroughMonth, forecast.MonthsLeft));
        Assert.Equal(240_000.00m, forecast.Budget);
        Assert.Equal(30_000.00m, forecast.Actuals);
        Assert.Equal(45_000.00m, forecast.Commitments);
        Assert.Equal(9_600.00m, forecast.Pending);
        // familiebehandling: 1 case × 49 / 24 × 10,000 (the budget's price a month) = 20,416.67;
        // aflastning (not budgeted): 1 × 49 / 24 × 2,807.14 / 12 (its grant's first-year cost a month) = 477.60.
        Assert.Equal(20_894.27m, forecast.NewCases);
        Assert.Equal(20_416.67m, forecast.MeasureTypes.Single(m => m.MeasureType == "familiebehandling").NewCases);
        Assert.Equal(477.60m, forecast.MeasureTypes.Single(m => m.MeasureType == "aflastning").NewCases);
        Assert.Equal(7_000.00m, forecast.Pool);
        Assert.Equal(112_494.27m, forecast.Forecast);
        Assert.Equal(-127_505.73m, forecast.Deviation);
        Assert.Equal(["budget", "actuals", "commitments", "pending", "newCases", "pool", "forecast", "deviation"], forecast.Waterfall.Select(s => s.Key));
        Assert.Equal((105_494.27m, 112_494.27m), (forecast.Waterfall[5].From, forecast.Waterfall[5].To));
    }

    [Fact]
    public void Should_count_no_new_cases_once_the_year_is_over()
    {
        var input = new ForecastInputs(2025, D("2026-05-10"), [Familiebehandling], [],
            [new("familiebehandling", new CostScope(1, CostRule.KrPrMaaned, 5_000m, D("2025-06-01"), null))], [], 80, 12_000m);

        var forecast = ForecastCalculator.Compute(input);

        Assert.Equal(0, forecast.MonthsLeft);
        Assert.Equal((35_000.00m, 0m, 0m), (forecast.Commitments, forecast.NewCases, forecast.Pool));
    }

    [Fact]
    public void Should_split_the_variance_into_volume_and_price_effect()
    {
        // Budget: 10 children at 120,000 kr. a year (10,000 a month). Three months of actuals: 36 child-months for 378,000 kr.
        var budget = new[] { new BudgetAssumption("forebyggelse", "familiebehandling", 10m, 120_000m) };
        var actuals = new[] { new ActualMonth("familiebehandling", 1, 126_000m, 12), new ActualMonth("familiebehandling", 2, 126_000m, 12),
            new ActualMonth("familiebehandling", 3, 126_000m, 12) };

        var variance = VarianceCalculator.Compute(2026, budget, actuals);

        var row = Assert.Single(variance.MeasureTypes);
        Assert.Equal(300_000.00m, row.BudgetToDate);
        Assert.Equal(78_000.00m, row.Variance);
        Assert.Equal(60_000.00m, row.VolumeEffect);   // (36 − 30) × 10,000
        Assert.Equal(18_000.00m, row.PriceEffect);    // (10,500 − 10,000) × 36
        Assert.Equal((12m, 126_000.00m), (row.ActualCount, row.ActualPrice!.Value));
    }

    [Fact]
    public void Should_keep_the_effects_summing_to_the_variance_when_the_monthly_price_is_not_whole_oere()
    {
        // 3 children at 100,000 kr. a year = 8,333.33⅓ a month; one month with 2 child-months for 17,000.01 kr.
        var variance = VarianceCalculator.Compute(2026, [new BudgetAssumption("forebyggelse", "aflastning", 3m, 100_000m)],
            [new ActualMonth("aflastning", 1, 17_000.01m, 2)]);

        var row = Assert.Single(variance.MeasureTypes);
        Assert.Equal(25_000.00m, row.BudgetToDate);
        Assert.Equal(-7_999.99m, row.Variance);
        Assert.Equal(-8_333.33m, row.VolumeEffect);
        Assert.Equal(333.34m, row.PriceEffect);
        Assert.Equal(row.Variance, row.VolumeEffect + row.PriceEffect);
    }

    [Fact]
    public void Should_read_danish_amounts_and_refuse_ambiguous_ones()
    {
        Assert.Equal(12_345.67m, ActualsCsv.ParseAmount("12.345,67"));
        Assert.Equal(-500m, ActualsCsv.ParseAmount("-500"));
        Assert.Equal(1234.5m, ActualsCsv.ParseAmount("1234,5"));
        Assert.Null(ActualsCsv.ParseAmount("1.234.5"));
        Assert.Null(ActualsCsv.ParseAmount("12,345"));
        Assert.Null(ActualsCsv.ParseAmount("12.34"));
        Assert.Null(ActualsCsv.ParseAmount("=1+1"));
    }
}
