using Microsoft.EntityFrameworkCore;
using Visitation.Host.Features.Indstillinger;
using Visitation.Host.Infrastructure.Persistence;

namespace Visitation.Host.Features.Oekonomi;

/// <summary>
/// Reads what the forecast and the variance need of one municipality and year. Every query names the municipality itself, so the
/// monthly job (which has no caller) reads the same as a request does.
/// </summary>
public static class EconomyData
{
    public static async Task<IReadOnlyList<BudgetAssumption>> BudgetAsync(VisitationDbContext db, Guid kommuneId, int year, CancellationToken ct) =>
        // Also read by the monthly forecast snapshot, which runs for every municipality without a signed-in user; the query names it.
        (await db.BudgetLines.IgnoreQueryFilters().AsNoTracking().Where(b => b.KommuneId == kommuneId && b.Aar == year).ToListAsync(ct))
            .Select(b => new BudgetAssumption(b.Politikomraade, b.IndsatsType, b.Antal, b.GennemsnitsprisOere / 100m)).ToList();

    public static async Task<IReadOnlyList<ActualMonth>> ActualsAsync(VisitationDbContext db, Guid kommuneId, int year, CancellationToken ct) =>
        // Also read by the monthly forecast snapshot, which runs for every municipality without a signed-in user; the query names it.
        (await db.ActualLines.IgnoreQueryFilters().AsNoTracking().Where(a => a.KommuneId == kommuneId && a.Aar == year)
            .GroupBy(a => new { a.IndsatsType, a.Maaned })
            .Select(g => new { g.Key.IndsatsType, g.Key.Maaned, Sum = g.Sum(a => a.BeloebOere), Count = g.Count() }).ToListAsync(ct))
            .Select(a => new ActualMonth(a.IndsatsType, a.Maaned, a.Sum / 100m, a.Count)).ToList();

    public static async Task<ForecastInputs> ForecastInputsAsync(VisitationDbContext db, Guid kommuneId, int year, DateOnly today, CancellationToken ct)
    {
        var yearStart = new DateOnly(year, 1, 1);
        var yearEnd = new DateOnly(year, 12, 31);
        var grants = await GrantsQuery(db, kommuneId, year, today)
            .Select(b => new { b.IndsatsType, b.Omfang, b.Enhed, b.EnhedsprisOere, b.Start, b.Slut }).ToListAsync(ct);
        // Also read by the monthly forecast snapshot, which runs for every municipality without a signed-in user; the query names it.
        var pending = await db.Indstillinger.IgnoreQueryFilters().AsNoTracking()
            .Where(i => i.KommuneId == kommuneId && (i.Status == IndstillingStatus.AfventerAfgoerelse || i.Status == IndstillingStatus.ParkeretTilMoede)
                        && i.Start <= yearEnd && (i.ForventetSlut == null || i.ForventetSlut >= yearStart))
            .Select(i => new { i.IndsatsType, i.Omfang, i.Enhed, i.EnhedsprisOere, i.Start, i.ForventetSlut }).ToListAsync(ct);
        var settings = await OekonomiSettingsView.ReadAsync(db, kommuneId, ct);
        return new ForecastInputs(year, today, await BudgetAsync(db, kommuneId, year, ct), await ActualsAsync(db, kommuneId, year, ct),
            grants.Select(g => new ScopedMeasure(g.IndsatsType, new CostScope(g.Omfang, g.Enhed, g.EnhedsprisOere / 100m, g.Start, g.Slut))).ToList(),
            pending.Select(p => new ScopedMeasure(p.IndsatsType, new CostScope(p.Omfang, p.Enhed, p.EnhedsprisOere / 100m, p.Start, p.ForventetSlut))).ToList(),
            settings.BevillingsSandsynlighedPct, settings.PuljeOere / 100m);
    }

    /// <summary>The grants the forecast reads: those running in the year, and those started in the inflow window (the 12 months before today's).</summary>
    public static IQueryable<Bevillinger.Bevilling> GrantsQuery(VisitationDbContext db, Guid kommuneId, int year, DateOnly today)
    {
        var yearStart = new DateOnly(year, 1, 1);
        var yearEnd = new DateOnly(year, 12, 31);
        var windowStart = new DateOnly(today.Year, today.Month, 1).AddMonths(-12);
        var windowEnd = new DateOnly(today.Year, today.Month, 1).AddDays(-1);
        // Also read by the monthly forecast snapshot, which runs for every municipality without a signed-in user; the query names it.
        return db.Bevillinger.IgnoreQueryFilters().AsNoTracking()
            .Where(b => b.KommuneId == kommuneId
                        && ((b.Start <= yearEnd && (b.Slut == null || b.Slut >= yearStart)) || (b.Start >= windowStart && b.Start <= windowEnd)));
    }

    /// <summary>Today in the municipality's time zone.</summary>
    public static async Task<DateOnly> TodayAsync(VisitationDbContext db, Guid kommuneId, DateTimeOffset now, CancellationToken ct)
    {
        var zone = await db.Kommuner.AsNoTracking().Where(k => k.Id == kommuneId).Select(k => k.TimeZone).SingleOrDefaultAsync(ct) ?? "Europe/Copenhagen";
        return DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, TimeZoneInfo.FindSystemTimeZoneById(zone)).DateTime);
    }
}
