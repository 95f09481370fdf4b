using Visitation.Host.Features.Oekonomi;

namespace Visitation.Host.Features.Matchning;

/// <summary>
/// What an offer would cost for the matching's need, by the one cost rule (docs/cost-rule.md) over the
/// indstilling's period: this calendar year, in total (open-ended help: its first 12 months) and per year (the
/// first 12 months, which the beslutning holds against the frame). An offer priced in the need's unit is taken
/// in the need's quantity; an offer priced in another unit is a flat price and counts once.
/// </summary>
public sealed record ExpectedCost(decimal Quantity, decimal ThisYear, decimal Total, decimal Annual)
{
    public static ExpectedCost For(Matchning matchning, decimal unitPrice, string unit, int thisYear)
    {
        var quantity = unit == matchning.Enhed ? matchning.Omfang : 1m;
        var firstYearEnd = matchning.Start.AddMonths(12).AddDays(-1);
        var period = CostRule.Project(new CostScope(quantity, unit, unitPrice, matchning.Start, matchning.Slut), matchning.Slut ?? firstYearEnd);
        var firstYear = CostRule.Project(new CostScope(quantity, unit, unitPrice, matchning.Start, firstYearEnd), firstYearEnd);
        return new ExpectedCost(quantity, period.ForYear(thisYear), period.Total, firstYear.Total);
    }
}
