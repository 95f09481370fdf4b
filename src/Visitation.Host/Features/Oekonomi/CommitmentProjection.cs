namespace Visitation.Host.Features.Oekonomi;

/// <summary>
/// A commitment line (bevillingslinje): <see cref="Quantity"/> of <see cref="Unit"/> at <see cref="UnitPrice"/> kroner from
/// <see cref="Start"/> to <see cref="End"/> (both inclusive); a null end is open-ended.
/// </summary>
public sealed record CommitmentLine(decimal UnitPrice, string Unit, decimal Quantity, DateOnly Start, DateOnly? End)
{
    public CostScope Scope => new(Quantity, Unit, UnitPrice, Start, End);
}

public sealed record YearCost(int Year, decimal Amount);

/// <summary>A commitment line's expected cost per month and per calendar year; the months and the years each add up to <see cref="Total"/>.</summary>
public sealed record CommitmentProjectionView(DateOnly From, DateOnly To, bool OpenEnded, IReadOnlyList<MonthCost> Months, IReadOnlyList<YearCost> Years, decimal Total);

/// <summary>
/// Projects a commitment line month by month with the one cost rule (<see cref="CostRule"/>, docs/cost-rule.md), so a grant's
/// commitment, an agenda's totals and an indstilling's expected cost never disagree by an øre.
/// </summary>
public static class CommitmentProjection
{
    /// <summary>The cost from the line's start to its end, or to <paramref name="horizon"/> (inclusive) when the line is open-ended.</summary>
    public static CommitmentProjectionView Project(CommitmentLine line, DateOnly? horizon)
    {
        if (line.End is null && horizon is null) throw new ArgumentException("An open-ended line needs a horizon.", nameof(horizon));
        var projection = CostRule.Project(line.Scope, line.End ?? horizon!.Value);
        var years = projection.Months.Select(m => m.Year).Distinct().Select(y => new YearCost(y, projection.ForYear(y))).ToList();
        return new CommitmentProjectionView(projection.From, projection.To, line.End is null, projection.Months, years, projection.Total);
    }
}
