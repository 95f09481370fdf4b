namespace Visitation.Host.Features.Oekonomi;

/// <summary>
/// One measure type's variance so far this year (docs/economy.md, "Variance"), in child-months: the budget's count for each
/// month with actuals, at the budget's price per month, against the actual child-months at their actual price.
/// </summary>
public sealed record VarianceMeasureView(string MeasureType, string? PolicyArea, decimal BudgetCount, decimal ActualCount, decimal BudgetPrice, decimal? ActualPrice,
    decimal BudgetToDate, decimal ActualsToDate, decimal Variance, decimal VolumeEffect, decimal PriceEffect, decimal BudgetChildMonths, int ActualChildMonths);

public sealed record VarianceView(int Year, int Months, decimal BudgetToDate, decimal ActualsToDate, decimal Variance, decimal VolumeEffect, decimal PriceEffect,
    IReadOnlyList<VarianceMeasureView> MeasureTypes);

/// <summary>
/// Volume and price effect: with <c>m</c> the months with actuals, budget child-months <c>Nb = count × m</c>, budget price per
/// child-month <c>pb = price / 12</c>, actual child-months <c>Na</c> and actuals <c>A</c>:
/// variance = A − Nb·pb; volume effect = (Na − Nb)·pb; price effect = (A/Na − pb)·Na = A − Na·pb. They sum to the variance.
/// The variance and the volume effect are rounded to whole øre; the price effect is the rest, so the three add up exactly.
/// </summary>
public static class VarianceCalculator
{
    public static VarianceView Compute(int year, IReadOnlyList<BudgetAssumption> budget, IReadOnlyList<ActualMonth> actuals)
    {
        var months = actuals.Select(a => a.Month).Distinct().Count();
        var types = budget.Select(b => b.MeasureType).Concat(actuals.Select(a => a.MeasureType)).Distinct().OrderBy(t => t, StringComparer.Ordinal);
        var rows = new List<VarianceMeasureView>();
        foreach (var type in types)
        {
            var line = budget.FirstOrDefault(b => b.MeasureType == type);
            var count = line?.Count ?? 0m;
            var price = line?.AveragePrice ?? 0m;
            var monthly = price / 12m;
            var budgetChildMonths = count * months;
            var mine = actuals.Where(a => a.MeasureType == type).ToList();
            var actualChildMonths = mine.Sum(a => a.ChildMonths);
            var amount = mine.Sum(a => a.Amount);
            var budgetToDate = Economy.Round(budgetChildMonths * monthly);
            var variance = amount - budgetToDate;
            var volume = Economy.Round((actualChildMonths - budgetChildMonths) * monthly);
            rows.Add(new VarianceMeasureView(type, line?.PolicyArea, count, months == 0 ? 0 : decimal.Round(actualChildMonths / (decimal)months, 2),
                price, actualChildMonths == 0 ? null : Economy.Round(amount * 12m / actualChildMonths), budgetToDate, amount, variance, volume, variance - volume,
                budgetChildMonths, actualChildMonths));
        }
        return new VarianceView(year, months, rows.Sum(r => r.BudgetToDate), rows.Sum(r => r.ActualsToDate), rows.Sum(r => r.Variance),
            rows.Sum(r => r.VolumeEffect), rows.Sum(r => r.PriceEffect), rows);
    }
}
