namespace Visitation.Host.Features.Oekonomi;

/// <summary>
/// The three amounts every endpoint shows for a measure, each with one definition (docs/cost-rule.md, "The three amounts"),
/// all by the cost rule:
/// <list type="bullet">
/// <item><see cref="ThisYear"/>: the months of the given calendar year within the period (open-ended help runs through that year);</item>
/// <item><see cref="Total"/>: the whole period (open-ended help: its first 12 months);</item>
/// <item><see cref="Annual"/>: the first 12 months from the start, less when the period ends sooner.</item>
/// </list>
/// </summary>
public sealed record ExpectedAmounts(decimal ThisYear, decimal Total, decimal Annual)
{
    public static ExpectedAmounts Of(CostScope scope, int year) => new(ForYear(scope, year), TotalOf(scope), AnnualOf(scope));

    /// <summary>The last day of the measure's first 12 months.</summary>
    public static DateOnly FirstYearEnd(DateOnly start) => start.AddMonths(12).AddDays(-1);

    public static decimal ForYear(CostScope scope, int year) =>
        CostRule.Project(scope, scope.End ?? new DateOnly(Math.Max(year, scope.Start.Year), 12, 31)).ForYear(year);

    public static decimal TotalOf(CostScope scope) => CostRule.Project(scope, scope.End ?? FirstYearEnd(scope.Start)).Total;

    public static decimal AnnualOf(CostScope scope)
    {
        var firstYearEnd = FirstYearEnd(scope.Start);
        var end = scope.End is { } set && set < firstYearEnd ? set : firstYearEnd;
        return CostRule.Project(scope with { End = end }, end).Total;
    }
}
