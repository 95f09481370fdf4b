using Mediator;
using Visitation.Host.Infrastructure.Behaviors;
using Visitation.Host.Infrastructure.Errors;
using Visitation.Host.Infrastructure.Tenancy;

namespace Visitation.Host.Features.Frister;

/// <summary>When a deadline of the rule falls due in the caller's municipality if it starts at the given instant.</summary>
public static class ComputeFrist
{
    /// <summary>The years in which deadlines may start or overrides take effect; far enough for any case, and no calendar overflow.</summary>
    public const int FirstYear = 1900;
    public const int LastYear = 2200;

    public sealed record Query(string RuleId, DateTimeOffset? Start) : IQuery<FristComputation>, IValidatable
    {
        public IEnumerable<ProblemError> Validate()
        {
            if (Start is null) yield return ErrorMessages.Error("/start", "field.required");
            else if (Start.Value.UtcDateTime.Year is < FirstYear or > LastYear)
                yield return ErrorMessages.Error("/start", "field.outOfRange", FirstYear, LastYear);
        }
    }

    public sealed class Handler(FristResolver resolver, CurrentUser currentUser) : IQueryHandler<Query, FristComputation>
    {
        public async ValueTask<FristComputation> Handle(Query query, CancellationToken cancellationToken)
        {
            var start = query.Start!.Value;
            var (frist, dueAt) = await resolver.DueAtAsync(currentUser.RequireKommuneId(), query.RuleId, start, cancellationToken);
            return new FristComputation(frist.Rule.Id, start.ToUniversalTime(), dueAt, frist.Version, FristSpecView.From(frist.Spec), frist.Rule.LegalBasis);
        }
    }
}
