using Mediator;
using Visitation.Host.Infrastructure.Behaviors;
using Visitation.Host.Infrastructure.Errors;

namespace Visitation.Host.Features.Oekonomi;

/// <summary>The month-by-month expected cost of a commitment line, for a grant or an indstilling before it is saved.</summary>
public static class ProjectCommitment
{
    /// <summary>A projection spans at most this many years, which covers any measure until the child comes of age.</summary>
    public const int MaxYears = 30;

    public const int FirstYear = 1900;
    public const int LastYear = 2200;

    public const decimal MaxUnitPrice = 100_000_000m;

    public const decimal MaxQuantity = 100_000m;

    public sealed record Query(decimal? UnitPrice, string? Unit, decimal? Quantity, DateOnly? Start, DateOnly? End, DateOnly? Horizon)
        : IQuery<CommitmentProjectionView>, IValidatable
    {
        public IEnumerable<ProblemError> Validate()
        {
            foreach (var error in Money("/unitPrice", UnitPrice, MaxUnitPrice)) yield return error;
            foreach (var error in Money("/quantity", Quantity, MaxQuantity)) yield return error;
            foreach (var error in FieldRules.OneOf("/unit", Unit, CostRule.Units)) yield return error;
            if (Start is null)
            {
                yield return ErrorMessages.Error("/start", "field.required");
                yield break;
            }
            if (Start.Value.Year is < FirstYear or > LastYear)
            {
                yield return ErrorMessages.Error("/start", "field.outOfRange", FirstYear, LastYear);
                yield break;
            }
            if (End is { } end && end < Start) yield return ErrorMessages.Error("/end", "projection.endBeforeStart");
            if (End is null && Horizon is null) yield return ErrorMessages.Error("/horizon", "projection.horizonRequired");
            if (End is null && Horizon is { } horizon && horizon < Start) yield return ErrorMessages.Error("/horizon", "projection.endBeforeStart");
            var last = End ?? Horizon;
            if (last is { } to && to > Start.Value.AddYears(MaxYears)) yield return ErrorMessages.Error(End is null ? "/horizon" : "/end", "projection.tooLong", MaxYears);
        }
    }

    /// <summary>A non-negative amount with at most two decimals, below <paramref name="max"/>.</summary>
    public static IEnumerable<ProblemError> Money(string path, decimal? value, decimal max)
    {
        if (value is null) yield return ErrorMessages.Error(path, "field.required");
        else if (value < 0 || value > max) yield return ErrorMessages.Error(path, "field.outOfRange", 0, max);
        else if (decimal.Round(value.Value, 2) != value) yield return ErrorMessages.Error(path, "field.tooManyDecimals", 2);
    }

    public sealed class Handler : IQueryHandler<Query, CommitmentProjectionView>
    {
        public ValueTask<CommitmentProjectionView> Handle(Query query, CancellationToken cancellationToken) =>
            ValueTask.FromResult(CommitmentProjection.Project(
                new CommitmentLine(query.UnitPrice!.Value, query.Unit!, query.Quantity!.Value, query.Start!.Value, query.End), query.Horizon));
    }
}
