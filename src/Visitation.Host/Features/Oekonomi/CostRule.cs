namespace Visitation.Host.Features.Oekonomi;

/// <summary>
/// A measure's scope and price: <see cref="Quantity"/> of <see cref="Unit"/> (a code of
/// <see cref="CostRule.Units"/>) at <see cref="UnitPrice"/> kroner each, from <see cref="Start"/> to
/// <see cref="End"/>, both inclusive; a null end is open-ended.
/// </summary>
public sealed record CostScope(decimal Quantity, string Unit, decimal UnitPrice, DateOnly Start, DateOnly? End);

/// <summary>One calendar month of a projection: the days covered of the month's days, and the amount in kroner (whole øre).</summary>
public sealed record MonthCost(int Year, int Month, int Days, int DaysInMonth, decimal Amount);

/// <summary>The expected cost month by month; every total is a sum of months, so this year plus the other years is the total.</summary>
public sealed record CostProjection(DateOnly From, DateOnly To, IReadOnlyList<MonthCost> Months)
{
    public decimal Total => Months.Sum(m => m.Amount);

    public decimal ForYear(int year) => Months.Where(m => m.Year == year).Sum(m => m.Amount);
}

/// <summary>
/// The one rule for the expected cost of a measure (docs/cost-rule.md): each calendar month costs a monthly
/// rate; a month the period covers only in part costs the rate pro rata by days (days covered / days in the
/// month). Amounts are exact decimals and are rounded to whole øre only by cumulative rounding: a month's
/// amount is the rounded running total through that month minus the rounded running total before it, so
/// months add up exactly to the rounded total and each is within one øre of its exact share.
/// </summary>
public static class CostRule
{
    public const string TimerPrMaaned = "timer-pr-maaned";
    public const string TimerPrUge = "timer-pr-uge";
    public const string Doegn = "doegn";
    public const string Doegntakst = "doegntakst";
    public const string Vederlag = "vederlag";
    public const string KrPrMaaned = "kr-pr-maaned";
    public const string KrPrAar = "kr-pr-aar";

    /// <summary>The scope units and how each turns into a monthly rate (see docs/cost-rule.md).</summary>
    public static readonly IReadOnlyList<string> Units = [TimerPrMaaned, TimerPrUge, Doegn, Doegntakst, Vederlag, KrPrMaaned, KrPrAar];

    // A multiple of every month length (28-31) times 12, so that every month's share of a monthly,
    // weekly or annual rate is a whole number of these parts and running totals stay exact.
    private const long Parts = 28L * 29 * 15 * 31 * 12;

    /// <summary>The cost from the scope's start to its end, or to <paramref name="horizonEnd"/> (inclusive) when it is open-ended.</summary>
    public static CostProjection Project(CostScope scope, DateOnly horizonEnd)
    {
        if (!Units.Contains(scope.Unit)) throw new ArgumentException($"Unknown unit '{scope.Unit}'.", nameof(scope));
        if (scope.Quantity < 0 || scope.UnitPrice < 0) throw new ArgumentException("Quantity and unit price cannot be negative.", nameof(scope));
        var to = scope.End ?? horizonEnd;
        var months = new List<MonthCost>();
        var price = scope.Quantity * scope.UnitPrice;
        long parts = 0;
        var roundedBefore = 0m;
        for (var month = new DateOnly(scope.Start.Year, scope.Start.Month, 1); month <= to; month = month.AddMonths(1))
        {
            var daysInMonth = DateTime.DaysInMonth(month.Year, month.Month);
            var first = scope.Start > month ? scope.Start : month;
            var last = month.AddDays(daysInMonth - 1);
            if (to < last) last = to;
            var days = last.DayNumber - first.DayNumber + 1;
            parts += days * PartsPerDay(scope.Unit, daysInMonth);
            var rounded = decimal.Round(price * parts / Parts, 2, MidpointRounding.AwayFromZero);
            months.Add(new MonthCost(month.Year, month.Month, days, daysInMonth, rounded - roundedBefore));
            roundedBefore = rounded;
        }
        return new CostProjection(scope.Start, to, months);
    }

    /// <summary>The full monthly rate in a month of <paramref name="daysInMonth"/> days, exact (not rounded).</summary>
    public static decimal MonthlyRate(CostScope scope, int daysInMonth) =>
        scope.Quantity * scope.UnitPrice * daysInMonth * PartsPerDay(scope.Unit, daysInMonth) / Parts;

    /// <summary>One day's share of the monthly rate per unit of price, in <see cref="Parts"/>.</summary>
    private static long PartsPerDay(string unit, int daysInMonth) => unit switch
    {
        TimerPrUge => 52 * (Parts / (daysInMonth * 12)),
        KrPrAar => Parts / (daysInMonth * 12),
        Doegntakst => Parts,
        _ => Parts / daysInMonth,
    };
}
