using Visitation.Host.Features.Oekonomi;

namespace Visitation.Host.Features.Matchning;

/// <summary>
/// What an offer would cost for the matching's need over the indstilling's period: the three amounts of
/// <see cref="ExpectedAmounts"/> (this calendar year, in total, and per year, which the beslutning holds against the
/// frame), the same definitions as the indstilling and the meeting's agenda. An offer priced in the need's unit is taken
/// in the need's quantity; an offer priced in another unit is a flat price and counts once.
/// </summary>
public sealed record ExpectedCost(decimal Quantity, decimal ThisYear, decimal Total, decimal Annual)
{
    public static ExpectedCost For(Matchning matchning, decimal unitPrice, string unit, int thisYear)
    {
        var quantity = QuantityFor(matchning, unit);
        var amounts = ExpectedAmounts.Of(new CostScope(quantity, unit, unitPrice, matchning.Start, matchning.Slut), thisYear);
        return new ExpectedCost(quantity, amounts.ThisYear, amounts.Total, amounts.Annual);
    }

    /// <summary>The offer's annual amount over another period than the need's: a frame grant's, which may start later than the indstilling.</summary>
    public static decimal AnnualWithin(Matchning matchning, decimal unitPrice, string unit, DateOnly start, DateOnly? end) =>
        ExpectedAmounts.AnnualOf(new CostScope(QuantityFor(matchning, unit), unit, unitPrice, start, end));

    static decimal QuantityFor(Matchning matchning, string unit) => unit == matchning.Enhed ? matchning.Omfang : 1m;
}
