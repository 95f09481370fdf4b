using Mediator;
using Visitation.Host.Infrastructure.Behaviors;
using Visitation.Host.Infrastructure.Errors;
using Visitation.Host.Infrastructure.Persistence;

namespace Visitation.Host.Features.Oekonomi;

/// <summary>The municipality's budget of a year: its lines, the totals per policy area, and every change made to it.</summary>
public static class GetBudget
{
    public sealed record Query(int Year) : IQuery<BudgetView>, IValidatable
    {
        public IEnumerable<ProblemError> Validate()
        {
            if (Year is < Economy.FirstYear or > Economy.LastYear) yield return ErrorMessages.Error("/year", "field.outOfRange", Economy.FirstYear, Economy.LastYear);
        }
    }

    public sealed class Handler(VisitationDbContext db) : IQueryHandler<Query, BudgetView>
    {
        public async ValueTask<BudgetView> Handle(Query query, CancellationToken cancellationToken) =>
            await BudgetViews.ReadAsync(db, query.Year, cancellationToken);
    }
}
