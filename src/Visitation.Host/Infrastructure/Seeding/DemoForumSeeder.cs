using Microsoft.EntityFrameworkCore;
using Visitation.Host.Features.Fora;
using Visitation.Host.Features.Organisation;
using Visitation.Host.Infrastructure.Persistence;
using Visitation.Host.Infrastructure.Tenancy;

namespace Visitation.Host.Infrastructure.Seeding;

/// <summary>
/// Forums for the seeded municipalities that have none yet: one per competence level of kind forum, or a visitationsudvalg where
/// the municipality has no such level. The municipality's leader chairs them and meets with the economy user every Tuesday at 09:00.
/// </summary>
public sealed class DemoForumSeeder(VisitationDbContext db)
{
    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        var codes = DemoData.Kommuner.Select(k => k.Code).Concat(ExampleMunicipalities.All.Select(m => m.Kommune.Code)).ToList();
        foreach (var kommune in await db.Kommuner.Where(k => codes.Contains(k.Code)).ToListAsync(cancellationToken))
        {
            if (await db.Forums.IgnoreQueryFilters().AnyAsync(f => f.KommuneId == kommune.Id, cancellationToken)) continue;
            var leder = DemoData.UserName(Roles.Leder, kommune.Code);
            var oekonomi = DemoData.UserName(Roles.Oekonomi, kommune.Code);
            var people = await db.Users.Where(u => u.UserName == leder || u.UserName == oekonomi).ToDictionaryAsync(u => u.UserName, u => u.Id, cancellationToken);
            if (!people.TryGetValue(leder, out var chair)) continue;
            var levels = await db.Kompetenceniveauer.IgnoreQueryFilters().Where(l => l.KommuneId == kommune.Id && l.Kind == LevelKind.Forum)
                .OrderBy(l => l.Code).ToListAsync(cancellationToken);
            var forums = levels.Count > 0
                ? levels.Select(l => (l.Name, (string?)l.Code, KindOf(l.Code)))
                : [("Visitationsudvalget", null, ForumKind.Visitationsudvalg)];
            foreach (var (name, level, kind) in forums)
                db.Forums.Add(new Forum
                {
                    Id = Guid.NewGuid(), KommuneId = kommune.Id, Name = name, Kind = kind, LevelCode = level, ChairId = chair, MemberIds = [.. people.Values],
                    EveryWeeks = kind == ForumKind.BoerneOgUngeudvalg ? 4 : 1, Weekday = DayOfWeek.Tuesday, StartTime = new TimeOnly(9, 0),
                    StartsOn = new DateOnly(2026, 1, 6), CutoffDaysBefore = 3, CutoffTime = new TimeOnly(12, 0), Capacity = 8, AsyncApproval = AsyncApproval.ChairAlone,
                });
        }
        await db.SaveChangesAsync(cancellationToken);
    }

    private static ForumKind KindOf(string levelCode) =>
        levelCode == Kompetenceniveau.BoerneOgUngeudvalget ? ForumKind.BoerneOgUngeudvalg
        : levelCode.Contains("visitation", StringComparison.Ordinal) ? ForumKind.Visitationsudvalg
        : ForumKind.Sagskonference;
}
