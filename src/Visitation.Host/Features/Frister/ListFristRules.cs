using Mediator;
using Visitation.Host.Infrastructure.Errors;
using Visitation.Host.Infrastructure.Tenancy;

namespace Visitation.Host.Features.Frister;

/// <summary>The legal deadlines as they apply to the caller's municipality now, with default and local override.</summary>
public static class ListFristRules
{
    public sealed record Query : IQuery<IReadOnlyList<FristRuleView>>;

    public sealed class Handler(FristResolver resolver, TimeProvider clock, CurrentUser currentUser) : IQueryHandler<Query, IReadOnlyList<FristRuleView>>
    {
        public async ValueTask<IReadOnlyList<FristRuleView>> Handle(Query query, CancellationToken cancellationToken)
        {
            var kommuneId = currentUser.RequireKommuneId();
            var versions = await resolver.VersionsAsync(kommuneId, null, cancellationToken);
            var today = ZonedTime.LocalDate(clock.GetUtcNow(), await resolver.TimeZoneOfAsync(kommuneId, cancellationToken));
            return [.. FristRules.All.Select(rule => FristRuleView.From(FristResolver.Resolve(rule, versions, today), versions))];
        }
    }
}

/// <summary>One legal deadline as it applies to the caller's municipality now.</summary>
public static class GetFristRule
{
    public sealed record Query(string RuleId) : IQuery<FristRuleView>;

    public sealed class Handler(FristResolver resolver, TimeProvider clock, CurrentUser currentUser) : IQueryHandler<Query, FristRuleView>
    {
        public async ValueTask<FristRuleView> Handle(Query query, CancellationToken cancellationToken)
        {
            var rule = FristRules.Find(query.RuleId) ?? throw new ResourceNotFoundException("Fristreglen");
            var kommuneId = currentUser.RequireKommuneId();
            var versions = await resolver.VersionsAsync(kommuneId, rule.Id, cancellationToken);
            var today = ZonedTime.LocalDate(clock.GetUtcNow(), await resolver.TimeZoneOfAsync(kommuneId, cancellationToken));
            return FristRuleView.From(FristResolver.Resolve(rule, versions, today), versions);
        }
    }
}
