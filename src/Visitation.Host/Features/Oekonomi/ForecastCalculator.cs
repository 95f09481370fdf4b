namespace Visitation.Host.Features.Oekonomi;

/// <summary>A budget line's assumptions for one measure type.</summary>
public sealed record BudgetAssumption(string PolicyArea, string MeasureType, decimal Count, decimal AveragePrice)
{
    public decimal Amount => Economy.Amount(Count, AveragePrice);
}

/// <summary>The actuals of one measure type in one month: their sum and how many child-months (lines) they are.</summary>
public sealed record ActualMonth(string MeasureType, int Month, decimal Amount, int ChildMonths);

/// <summary>A measure with its scope by the cost rule: a grant's commitment line, or a pending indstilling's proposal.</summary>
public sealed record ScopedMeasure(string MeasureType, CostScope Scope);

public sealed record ForecastInputs(int Year, DateOnly Today, IReadOnlyList<BudgetAssumption> Budget, IReadOnlyList<ActualMonth> Actuals,
    IReadOnlyList<ScopedMeasure> Grants, IReadOnlyList<ScopedMeasure> Pending, int GrantProbabilityPercent, decimal Pool);

/// <summary>One measure type's part of the forecast, with the inflow that drives its expected new cases.</summary>
public sealed record ForecastMeasureView(string MeasureType, string? PolicyArea, decimal Budget, decimal Actuals, decimal Commitments, decimal Pending,
    decimal NewCases, decimal Forecast, decimal Deviation, int InflowLast12Months, decimal UnitMonthlyCost);

/// <summary>A step of the waterfall from budget to forecast: where the bar starts and ends (kroner, exact).</summary>
public sealed record WaterfallStep(string Key, decimal Amount, decimal From, decimal To);

/// <summary>
/// The forecast of a year (docs/economy.md, "Forecast"): actuals through <see cref="ActualsThroughMonth"/>, then commitments and
/// weighted pending indstillinger for the months after it, expected new cases and the pool's share for the <see cref="MonthsLeft"/>.
/// </summary>
public sealed record ForecastView(int Year, DateOnly AsOf, int ActualsThroughMonth, int MonthsLeft, int GrantProbabilityPercent, decimal Budget,
    decimal Actuals, decimal Commitments, decimal Pending, decimal NewCases, decimal Pool, decimal Forecast, decimal Deviation,
    IReadOnlyList<WaterfallStep> Waterfall, IReadOnlyList<ForecastMeasureView> MeasureTypes);

/// <summary>The forecast's arithmetic, on inputs read elsewhere; every part is rounded to whole øre once, per measure type.</summary>
public static class ForecastCalculator
{
    public static ForecastView Compute(ForecastInputs input)
    {
        var year = input.Year;
        var cut = input.Actuals.Count == 0 ? 0 : input.Actuals.Max(a => a.Month);
        var currentMonth = input.Today.Year < year ? 0 : input.Today.Year > year ? 12 : input.Today.Month;
        var monthsLeft = 12 - Math.Max(cut, currentMonth);
        var windowEnd = new DateOnly(input.Today.Year, input.Today.Month, 1).AddDays(-1);
        var windowStart = new DateOnly(input.Today.Year, input.Today.Month, 1).AddMonths(-12);
        var probability = input.GrantProbabilityPercent / 100m;

        var types = input.Budget.Select(b => b.MeasureType).Concat(input.Actuals.Select(a => a.MeasureType))
            .Concat(input.Grants.Select(g => g.MeasureType)).Concat(input.Pending.Select(p => p.MeasureType)).Distinct().OrderBy(t => t, StringComparer.Ordinal);
        var measures = new List<ForecastMeasureView>();
        foreach (var type in types)
        {
            var budget = input.Budget.FirstOrDefault(b => b.MeasureType == type);
            var actuals = input.Actuals.Where(a => a.MeasureType == type).Sum(a => a.Amount);
            var commitments = input.Grants.Where(g => g.MeasureType == type).Sum(g => RestOfYear(g.Scope, year, cut));
            var pending = Economy.Round(input.Pending.Where(p => p.MeasureType == type).Sum(p => RestOfYear(p.Scope, year, cut)) * probability);
            var inflow = input.Grants.Where(g => g.MeasureType == type && g.Scope.Start >= windowStart && g.Scope.Start <= windowEnd).ToList();
            var unit = budget is not null ? budget.AveragePrice / 12m
                : inflow.Count > 0 ? inflow.Average(g => ExpectedAmounts.AnnualOf(g.Scope)) / 12m : 0m;
            // count × unit cost × time left: inflow per month × months left cases, each costing for half the months left on average.
            var newCases = Economy.Round(inflow.Count * monthsLeft * monthsLeft * unit / 24m);
            var forecast = actuals + commitments + pending + newCases;
            var budgetAmount = budget?.Amount ?? 0m;
            measures.Add(new ForecastMeasureView(type, budget?.PolicyArea, budgetAmount, actuals, commitments, pending, newCases, forecast,
                forecast - budgetAmount, inflow.Count, Economy.Round(unit)));
        }
        var pool = Economy.Round(input.Pool * monthsLeft / 12m);
        var totalBudget = input.Budget.Sum(b => b.Amount);
        var total = (Actuals: measures.Sum(m => m.Actuals), Commitments: measures.Sum(m => m.Commitments), Pending: measures.Sum(m => m.Pending),
            NewCases: measures.Sum(m => m.NewCases));
        var forecastTotal = total.Actuals + total.Commitments + total.Pending + total.NewCases + pool;

        var steps = new List<WaterfallStep> { new("budget", totalBudget, 0, totalBudget) };
        var running = 0m;
        foreach (var (key, amount) in new[] { ("actuals", total.Actuals), ("commitments", total.Commitments), ("pending", total.Pending), ("newCases", total.NewCases), ("pool", pool) })
        {
            steps.Add(new WaterfallStep(key, amount, running, running + amount));
            running += amount;
        }
        steps.Add(new WaterfallStep("forecast", forecastTotal, 0, forecastTotal));
        steps.Add(new WaterfallStep("deviation", forecastTotal - totalBudget, totalBudget, forecastTotal));

        return new ForecastView(year, input.Today, cut, monthsLeft, input.GrantProbabilityPercent, totalBudget, total.Actuals, total.Commitments,
            total.Pending, total.NewCases, pool, forecastTotal, forecastTotal - totalBudget, steps, measures);
    }

    /// <summary>The scope's cost by the cost rule in the months of <paramref name="year"/> after month <paramref name="after"/>.</summary>
    public static decimal RestOfYear(CostScope scope, int year, int after)
    {
        var yearEnd = new DateOnly(year, 12, 31);
        if (scope.Start > yearEnd || scope.End is { } end && end < new DateOnly(year, 1, 1)) return 0m;
        var to = scope.End is { } e && e < yearEnd ? e : yearEnd;
        return CostRule.Project(scope with { End = to }, to).Months.Where(m => m.Year == year && m.Month > after).Sum(m => m.Amount);
    }
}
