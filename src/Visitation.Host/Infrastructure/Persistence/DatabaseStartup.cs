using Microsoft.EntityFrameworkCore;
using Visitation.Host.Infrastructure.Seeding;

namespace Visitation.Host.Infrastructure.Persistence;

/// <summary>Brings the database up to date and seeds demo data before the host takes requests.</summary>
public static class DatabaseStartup
{
    public static async Task PrepareDatabaseAsync(this WebApplication app)
    {
        var database = app.Services.GetRequiredService<DatabaseOptions>();
        var seed = app.Configuration.GetSection(SeedOptions.Section).Get<SeedOptions>() ?? new SeedOptions();
        if (seed.Demo && app.Environment.IsProduction())
            throw new InvalidOperationException("Seed:Demo is on in the Production environment. Demo users have the password \"demo\"; turn Seed:Demo off.");
        DataProtectionCertificate.RequireInProduction(app.Configuration, app.Environment);

        if (database.Provider == DatabaseProvider.Sqlite) app.Services.GetRequiredService<SqliteNodeLock>();

        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<VisitationDbContext>();
        if (database.MigrateOnStartup)
        {
            await db.Database.MigrateAsync();
            await scope.ServiceProvider.GetRequiredService<Visitation.Workflows.Persistence.WorkflowDbContext>().Database.MigrateAsync();
        }
        if (seed.Demo) await scope.ServiceProvider.GetRequiredService<DemoSeeder>().SeedAsync(CancellationToken.None);
    }
}
