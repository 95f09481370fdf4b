using Mediator;
using Microsoft.EntityFrameworkCore;
using Visitation.Host.Infrastructure.Behaviors;
using Visitation.Host.Infrastructure.Errors;
using Visitation.Host.Infrastructure.Persistence;

namespace Visitation.Host.Features.Oekonomi;

/// <summary>A monthly snapshot of the forecast, and how far it was from the year's actuals once all twelve months are in.</summary>
public sealed record SnapshotAccuracyView(int Month, DateTimeOffset TakenAt, decimal Budget, decimal ActualsThen, decimal Forecast, decimal? Error, decimal? ErrorPercent);

/// <summary>
/// The forecast's accuracy for a year (docs/economy.md, "Forecast accuracy"): each snapshot's error against the year's actuals,
/// and accuracy = 100 − the mean absolute error in percent, once actuals for all 12 months are imported.
/// </summary>
public sealed record ForecastAccuracyView(int Year, int MonthsWithActuals, bool Complete, decimal ActualTotal, decimal? AccuracyPercent,
    IReadOnlyList<SnapshotAccuracyView> Snapshots);

public static class GetForecastAccuracy
{
    public sealed record Query(int Year) : IQuery<ForecastAccuracyView>, IValidatable
    {
        public IEnumerable<ProblemError> Validate()
        {
            if (Year is < Economy.FirstYear or > Economy.LastYear) yield return ErrorMessages.Error("/year", "field.outOfRange", Economy.FirstYear, Economy.LastYear);
        }
    }

    public sealed class Handler(VisitationDbContext db) : IQueryHandler<Query, ForecastAccuracyView>
    {
        public async ValueTask<ForecastAccuracyView> Handle(Query query, CancellationToken cancellationToken)
        {
            var months = await db.ActualLines.AsNoTracking().Where(a => a.Aar == query.Year).Select(a => a.Maaned).Distinct().CountAsync(cancellationToken);
            var totalOere = await db.ActualLines.AsNoTracking().Where(a => a.Aar == query.Year).SumAsync(a => (long?)a.BeloebOere, cancellationToken) ?? 0;
            var snapshots = await db.ForecastSnapshots.AsNoTracking().Where(s => s.Aar == query.Year).OrderBy(s => s.Maaned).ToListAsync(cancellationToken);
            var complete = months == 12;
            var actual = totalOere / 100m;
            var views = snapshots.Select(s =>
            {
                var forecast = s.PrognoseOere / 100m;
                decimal? error = complete ? forecast - actual : null;
                decimal? percent = complete && actual != 0 ? decimal.Round(Math.Abs(error!.Value) * 100m / actual, 1, MidpointRounding.AwayFromZero) : null;
                return new SnapshotAccuracyView(s.Maaned, s.TagetAt, s.BudgetOere / 100m, s.FaktiskOere / 100m, forecast, error, percent);
            }).ToList();
            var percents = views.Where(v => v.ErrorPercent is not null).Select(v => v.ErrorPercent!.Value).ToList();
            decimal? accuracy = percents.Count == 0 ? null
                : Math.Max(0m, decimal.Round(100m - percents.Sum() / percents.Count, 1, MidpointRounding.AwayFromZero));
            return new ForecastAccuracyView(query.Year, months, complete, actual, accuracy, views);
        }
    }
}
