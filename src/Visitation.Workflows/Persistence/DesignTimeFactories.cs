using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Visitation.Workflows.Persistence;

/// <summary>Lets <c>dotnet ef migrations add</c> build each provider's context.</summary>
public sealed class SqliteWorkflowDesignTimeFactory : IDesignTimeDbContextFactory<SqliteWorkflowDbContext>
{
    public SqliteWorkflowDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteWorkflowDbContext>()
            .UseSqlite("Data Source=design-time.db", o => o.MigrationsHistoryTable(WorkflowDbContext.MigrationsHistoryTable)).Options);
}

public sealed class PostgresWorkflowDesignTimeFactory : IDesignTimeDbContextFactory<PostgresWorkflowDbContext>
{
    public PostgresWorkflowDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgresWorkflowDbContext>()
            .UseNpgsql("Host=127.0.0.1;Database=design_time", o => o.MigrationsHistoryTable(WorkflowDbContext.MigrationsHistoryTable)).Options);
}
