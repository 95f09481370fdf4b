using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Visitation.Host.Features.Kommuner;
using Visitation.Host.Features.Kompetenceplaner;
using Visitation.Host.Features.Organisation;
using Visitation.Host.Features.Users;
using Visitation.Host.Infrastructure.Persistence;
using Visitation.Host.Infrastructure.Tenancy;

namespace Visitation.Host.Infrastructure.Seeding;

/// <summary>
/// Seeds each example municipality with its official code: one user per role (<c>role@code</c>), its competence levels
/// and one user per role or leader level (<c>levelid@code</c>; forums meet and have no user of their own), its teams, and
/// its plan as version 1. Adds only what is missing.
/// </summary>
public sealed class ExampleMunicipalitySeeder(VisitationDbContext db, IPasswordHasher<User> hasher, TimeProvider clock)
{
    public async Task<IReadOnlyList<string>> SeedAsync(CancellationToken cancellationToken)
    {
        var userNames = new List<string>();
        foreach (var file in ExampleMunicipalities.All)
        {
            var code = file.Kommune.Code;
            var kommune = await db.Kommuner.SingleOrDefaultAsync(k => k.Code == code, cancellationToken);
            if (kommune is null)
            {
                kommune = new Kommune { Id = Guid.NewGuid(), Code = code, Name = file.Kommune.Name, CreatedAt = clock.GetUtcNow() };
                db.Kommuner.Add(kommune);
            }
            foreach (var role in Roles.MunicipalityRoles)
                userNames.Add(await EnsureUserAsync(DemoData.UserName(role, code), $"{DemoData.RoleDisplayNames[role]} ({file.Kommune.Name})", kommune.Id, role, null, cancellationToken));

            var levels = await db.Kompetenceniveauer.IgnoreQueryFilters().Where(l => l.KommuneId == kommune.Id).Select(l => l.Code).ToListAsync(cancellationToken);
            foreach (var level in file.Levels.Where(l => !levels.Contains(l.Id)))
                db.Kompetenceniveauer.Add(new Kompetenceniveau { Id = Guid.NewGuid(), KommuneId = kommune.Id, Code = level.Id, Name = level.Name, Kind = level.Kind });
            var teams = await db.Teams.IgnoreQueryFilters().Where(t => t.KommuneId == kommune.Id).Select(t => t.Code).ToListAsync(cancellationToken);
            foreach (var team in (file.Teams ?? []).Where(t => !teams.Contains(t.Id)))
                db.Teams.Add(new Team { Id = Guid.NewGuid(), KommuneId = kommune.Id, Code = team.Id, Name = team.Name });
            foreach (var level in file.Levels.Where(l => l.Kind != LevelKind.Forum))
            {
                var role = Roles.MunicipalityRoles.FirstOrDefault(r => r.Equals(level.Id, StringComparison.OrdinalIgnoreCase)) ?? Roles.Leder;
                var name = await EnsureUserAsync(DemoData.UserName(level.Id, code), $"{level.Name} ({file.Kommune.Name})", kommune.Id, role, level.Id, cancellationToken);
                if (!userNames.Contains(name)) userNames.Add(name);
            }
            await db.SaveChangesAsync(cancellationToken);

            if (!await db.Kompetenceplaner.IgnoreQueryFilters().AnyAsync(p => p.KommuneId == kommune.Id, cancellationToken))
            {
                var errors = PlanValidator.Validate(file.Plan).ToList();
                if (errors.Count > 0)
                    throw new InvalidDataException($"The example plan of {code} is invalid: {string.Join("; ", errors.Select(e => $"{e.Path} {e.Code}"))}");
                await SaveKompetenceplan.Store.AddVersionAsync(db, kommune.Id, file.Plan, "seed", clock.GetUtcNow(), cancellationToken);
            }
        }
        return userNames;
    }

    private async Task<string> EnsureUserAsync(string userName, string displayName, Guid kommuneId, string role, string? level, CancellationToken cancellationToken)
    {
        var user = db.Users.Local.SingleOrDefault(u => u.UserName == userName)
            ?? await db.Users.SingleOrDefaultAsync(u => u.UserName == userName, cancellationToken);
        if (user is null)
        {
            user = new User { Id = Guid.NewGuid(), KommuneId = kommuneId, UserName = userName, DisplayName = displayName, Roles = [role], CreatedAt = clock.GetUtcNow() };
            user.PasswordHash = hasher.HashPassword(user, DemoData.Password);
            db.Users.Add(user);
        }
        if (level is not null && !user.Kompetenceniveauer.Contains(level)) user.Kompetenceniveauer = [.. user.Kompetenceniveauer, level];
        return userName;
    }
}
