using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Visitation.Host.Infrastructure.Persistence;

/// <summary>Lets <c>dotnet ef migrations add</c> build each provider's context without starting the host.</summary>
public sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteVisitationDbContext>
{
    public SqliteVisitationDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteVisitationDbContext>()
            .UseSqlite("Data Source=design-time.db", DatabaseServiceCollectionExtensions.ConfigureSqlite).Options);
}

public sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresVisitationDbContext>
{
    public PostgresVisitationDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgresVisitationDbContext>()
            .UseNpgsql("Host=127.0.0.1;Database=design_time", DatabaseServiceCollectionExtensions.ConfigurePostgres).Options);
}
