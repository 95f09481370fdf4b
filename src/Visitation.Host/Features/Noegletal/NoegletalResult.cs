namespace Visitation.Host.Features.Noegletal;

/// <summary>One part of a figure: a month, a caseworker, a measure type, a stage or an outcome.</summary>
public sealed record NoegletalBreakdown(string Key, string Label, decimal? Value, int Count);

/// <summary>
/// A computed figure with the cases behind its numerator and its denominator, so every number drills down to the
/// cases that make it. A count has no denominator.
/// </summary>
public sealed class NoegletalResult(string id)
{
    public string Id { get; } = id;

    public decimal? Value { get; set; }

    public int Numerator => NumeratorCount ?? NumeratorCases.Count;

    public int? NumeratorCount { get; set; }

    public int? Denominator { get; set; }

    public List<NoegletalBreakdown> Breakdown { get; } = [];

    public HashSet<Guid> NumeratorCases { get; } = [];

    public HashSet<Guid> DenominatorCases { get; } = [];

    /// <summary>A share in per cent with one decimal, or null when nothing was measured.</summary>
    public void SetShare(int numerator, int denominator)
    {
        NumeratorCount = numerator;
        Denominator = denominator;
        Value = denominator == 0 ? null : Math.Round(100m * numerator / denominator, 1, MidpointRounding.AwayFromZero);
    }
}
