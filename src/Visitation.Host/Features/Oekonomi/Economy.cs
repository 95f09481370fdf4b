namespace Visitation.Host.Features.Oekonomi;

/// <summary>Rounding and units shared by the economy's computations: kroner as exact decimals, rounded to whole øre half away from zero.</summary>
public static class Economy
{
    /// <summary>Policy areas of the children's field; a budget line names one of them.</summary>
    public static readonly IReadOnlyList<string> Politikomraader = ["forebyggelse", "anbringelse", "myndighed", "andet"];

    public const decimal MaxCount = 100_000m;

    public const decimal MaxPrice = 100_000_000m;

    public const int FirstYear = 2000;

    public const int LastYear = 2100;

    public static decimal Round(decimal kroner) => decimal.Round(kroner, 2, MidpointRounding.AwayFromZero);

    /// <summary>count × price, rounded to whole øre.</summary>
    public static decimal Amount(decimal count, decimal price) => Round(count * price);

    public static long ToOere(decimal kroner) => (long)(Round(kroner) * 100m);

    public static decimal ToKroner(long oere) => oere / 100m;
}
