using Microsoft.EntityFrameworkCore;
using Visitation.Host.Infrastructure.Persistence;
using Visitation.Workflows.Jobs;

namespace Visitation.Host.Features.Oekonomi;

/// <summary>
/// At 02:00 on the first of every month, on the engine's scheduler (which lets one node claim each occurrence): keeps each
/// municipality's forecast of the current year as it stands, one snapshot a month; a snapshot already taken for the month is
/// kept (the table's unique key on municipality, year and month is the last guard against a second node).
/// </summary>
public sealed class ForecastSnapshotJob : IRecurringJob
{
    public string Name => "forecast-snapshot";

    public string Cron => "0 0 2 1 * *";

    public async Task<string> RunAsync(IServiceProvider services, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var db = services.GetRequiredService<VisitationDbContext>();
        var kommuner = await db.Kommuner.AsNoTracking().Select(k => k.Id).ToListAsync(cancellationToken);
        var taken = 0;
        foreach (var kommuneId in kommuner)
        {
            var today = await EconomyData.TodayAsync(db, kommuneId, now, cancellationToken);
            // A recurring job over every municipality, without a signed-in user; the query names the municipality.
            if (await db.ForecastSnapshots.IgnoreQueryFilters().AnyAsync(s => s.KommuneId == kommuneId && s.Aar == today.Year && s.Maaned == today.Month, cancellationToken))
                continue;
            var forecast = ForecastCalculator.Compute(await EconomyData.ForecastInputsAsync(db, kommuneId, today.Year, today, cancellationToken));
            db.ForecastSnapshots.Add(new ForecastSnapshot
            {
                KommuneId = kommuneId, Aar = today.Year, Maaned = today.Month, TagetAt = now, BudgetOere = Economy.ToOere(forecast.Budget),
                FaktiskOere = Economy.ToOere(forecast.Actuals), DisponeretOere = Economy.ToOere(forecast.Commitments),
                VerserendeOere = Economy.ToOere(forecast.Pending), NyeSagerOere = Economy.ToOere(forecast.NewCases), PuljeOere = Economy.ToOere(forecast.Pool),
                PrognoseOere = Economy.ToOere(forecast.Forecast),
            });
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                taken++;
            }
            catch (DbUpdateException)
            {
                // Another node stored this month's snapshot first.
                db.ChangeTracker.Clear();
            }
        }
        return $"Took {taken} forecast snapshots.";
    }
}
