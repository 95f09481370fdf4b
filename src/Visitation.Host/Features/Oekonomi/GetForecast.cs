using Mediator;
using Visitation.Host.Infrastructure.Behaviors;
using Visitation.Host.Infrastructure.Errors;
using Visitation.Host.Infrastructure.Persistence;
using Visitation.Host.Infrastructure.Tenancy;

namespace Visitation.Host.Features.Oekonomi;

/// <summary>The forecast of a year as of today, with its waterfall from budget to forecast and its parts per measure type.</summary>
public static class GetForecast
{
    public sealed record Query(int Year) : IQuery<ForecastView>, IValidatable
    {
        public IEnumerable<ProblemError> Validate()
        {
            if (Year is < Economy.FirstYear or > Economy.LastYear) yield return ErrorMessages.Error("/year", "field.outOfRange", Economy.FirstYear, Economy.LastYear);
        }
    }

    public sealed class Handler(VisitationDbContext db, CurrentUser currentUser, TimeProvider clock) : IQueryHandler<Query, ForecastView>
    {
        public async ValueTask<ForecastView> Handle(Query query, CancellationToken cancellationToken)
        {
            var kommuneId = currentUser.RequireKommuneId();
            var today = await EconomyData.TodayAsync(db, kommuneId, clock.GetUtcNow(), cancellationToken);
            return ForecastCalculator.Compute(await EconomyData.ForecastInputsAsync(db, kommuneId, query.Year, today, cancellationToken));
        }
    }
}

/// <summary>The variance of a year so far per measure type, split into volume and price effect.</summary>
public static class GetVariance
{
    public sealed record Query(int Year) : IQuery<VarianceView>, IValidatable
    {
        public IEnumerable<ProblemError> Validate()
        {
            if (Year is < Economy.FirstYear or > Economy.LastYear) yield return ErrorMessages.Error("/year", "field.outOfRange", Economy.FirstYear, Economy.LastYear);
        }
    }

    public sealed class Handler(VisitationDbContext db, CurrentUser currentUser) : IQueryHandler<Query, VarianceView>
    {
        public async ValueTask<VarianceView> Handle(Query query, CancellationToken cancellationToken)
        {
            var kommuneId = currentUser.RequireKommuneId();
            return VarianceCalculator.Compute(query.Year, await EconomyData.BudgetAsync(db, kommuneId, query.Year, cancellationToken),
                await EconomyData.ActualsAsync(db, kommuneId, query.Year, cancellationToken));
        }
    }
}
