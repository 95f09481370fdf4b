using Microsoft.EntityFrameworkCore;
using Visitation.Host.Features.Organisation;
using Visitation.Host.Infrastructure.Persistence;

namespace Visitation.Host.Features.Kompetenceplaner;

/// <summary>
/// What routing needs from the database: the municipality's calendar day, the plan version in force, its levels. Every
/// query names the municipality itself, so activities that run without a signed-in user can call these too.
/// </summary>
public static class PlanContext
{
    public static async Task<DateOnly> TodayAsync(VisitationDbContext db, Guid kommuneId, TimeProvider clock, CancellationToken cancellationToken)
    {
        var zone = await db.Kommuner.AsNoTracking().Where(k => k.Id == kommuneId).Select(k => k.TimeZone).SingleAsync(cancellationToken);
        var local = TimeZoneInfo.ConvertTime(clock.GetUtcNow(), TimeZoneInfo.FindSystemTimeZoneById(zone));
        return DateOnly.FromDateTime(local.DateTime);
    }

    /// <summary>The highest version whose effective date has come.</summary>
    public static Task<Kompetenceplan?> InForceAsync(VisitationDbContext db, Guid kommuneId, DateOnly day, CancellationToken cancellationToken) =>
        // Cross-caller: seeding a municipality runs without a caller; the municipality is named.
        db.Kompetenceplaner.AsNoTracking().IgnoreQueryFilters()
            .Where(p => p.KommuneId == kommuneId && p.EffectiveFrom <= day)
            .OrderByDescending(p => p.Version)
            .FirstOrDefaultAsync(cancellationToken);

    public static async Task<IReadOnlyList<LevelInfo>> LevelsAsync(VisitationDbContext db, Guid kommuneId, CancellationToken cancellationToken) =>
        // Cross-caller: seeding a municipality runs without a caller; the municipality is named.
        await db.Kompetenceniveauer.AsNoTracking().IgnoreQueryFilters().Where(l => l.KommuneId == kommuneId)
            .Select(l => new LevelInfo(l.Code, l.Name, l.Kind)).ToListAsync(cancellationToken);

    /// <summary>Gives the municipality the § 47 level if it lacks it, so every plan can route there.</summary>
    public static async Task EnsureStatutoryLevelAsync(VisitationDbContext db, Guid kommuneId, CancellationToken cancellationToken)
    {
        // Cross-caller: seeding a municipality runs without a caller; the municipality is named.
        if (await db.Kompetenceniveauer.IgnoreQueryFilters().AnyAsync(l => l.KommuneId == kommuneId && l.Code == Kompetenceniveau.BoerneOgUngeudvalget, cancellationToken)) return;
        db.Kompetenceniveauer.Add(new Kompetenceniveau
        {
            Id = Guid.NewGuid(), KommuneId = kommuneId, Code = Kompetenceniveau.BoerneOgUngeudvalget,
            Name = Kompetenceniveau.BoerneOgUngeudvalgetName, Kind = LevelKind.Forum,
        });
    }
}
