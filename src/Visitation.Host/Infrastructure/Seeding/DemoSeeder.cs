using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Visitation.Host.Features.Kommuner;
using Visitation.Host.Features.Users;
using Visitation.Host.Infrastructure.Persistence;
using Visitation.Host.Infrastructure.Tenancy;

namespace Visitation.Host.Infrastructure.Seeding;

/// <summary>Adds whatever of the demo data is missing; running it twice changes nothing.</summary>
public sealed class DemoSeeder(VisitationDbContext db, IPasswordHasher<User> hasher, TimeProvider clock, ExampleMunicipalitySeeder examples,
    DemoCatalogueSeeder catalogue, DemoForumSeeder forums, CaseFlowSeeder flows, ILogger<DemoSeeder> logger)
{
    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        foreach (var (code, name) in DemoData.Kommuner)
        {
            var kommune = await db.Kommuner.SingleOrDefaultAsync(k => k.Code == code, cancellationToken);
            if (kommune is null)
            {
                kommune = new Kommune { Id = Guid.NewGuid(), Code = code, Name = name, CreatedAt = now };
                db.Kommuner.Add(kommune);
            }
            foreach (var role in Roles.MunicipalityRoles)
                await AddUserAsync(DemoData.UserName(role, code), $"{DemoData.RoleDisplayNames[role]} ({name})", kommune.Id, [role], false, cancellationToken);
        }
        await AddUserAsync(DemoData.InstallationAdministrator, "Installationsadministrator", null, [], true, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        var exampleUsers = await examples.SeedAsync(cancellationToken);
        await catalogue.SeedAsync(cancellationToken);
        await forums.SeedAsync(cancellationToken);
        await flows.SeedAsync(cancellationToken);

        logger.LogInformation("Demo sign-ins (password \"{Password}\"): {Users}", DemoData.Password,
            string.Join(", ", DemoData.Kommuner.SelectMany(k => Roles.MunicipalityRoles.Select(r => DemoData.UserName(r, k.Code)))
                .Concat(exampleUsers).Append(DemoData.InstallationAdministrator)));
    }

    private async Task AddUserAsync(string userName, string displayName, Guid? kommuneId, List<string> roles, bool installationAdministrator, CancellationToken cancellationToken)
    {
        if (await db.Users.AnyAsync(u => u.UserName == userName, cancellationToken)) return;
        var user = new User
        {
            Id = Guid.NewGuid(),
            KommuneId = kommuneId,
            UserName = userName,
            DisplayName = displayName,
            Roles = roles,
            IsInstallationAdministrator = installationAdministrator,
            CreatedAt = clock.GetUtcNow(),
        };
        user.PasswordHash = hasher.HashPassword(user, DemoData.Password);
        db.Users.Add(user);
    }
}
