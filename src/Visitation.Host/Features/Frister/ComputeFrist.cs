using Mediator;
using Visitation.Host.Infrastructure.Behaviors;
using Visitation.Host.Infrastructure.Errors;
using Visitation.Host.Infrastructure.Tenancy;

namespace Visitation.Host.Features.Frister;

/// <summary>When a deadline of the rule falls due in the caller's municipality if it starts at the given instant.</summary>
public static class ComputeFrist
{
    public sealed record Query(string RuleId, DateTimeOffset? Start) : IQuery<FristComputation>, IValidatable
    {
        public IEnumerable<ProblemError> Validate()
        {
            if (Start is null) yield return ErrorMessages.Error("/start", "field.required");
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
