using Microsoft.EntityFrameworkCore;
using Visitation.Activities;
using Visitation.Host.Infrastructure.Persistence;
using Visitation.Workflows.Hosting;
using Visitation.Workflows.Persistence;

namespace Visitation.Host.Infrastructure.Workflows;

public static class WorkflowsHostingExtensions
{
    /// <summary>
    /// The engine on the host's database: its own tables and migrations, and its scheduler. Within a scope the
    /// engine's DbContext shares the host DbContext's connection, so a command's transaction (<see cref="Behaviors.CommandTransaction"/>) commits a flow's
    /// step and the case data it changed in one transaction.
    /// </summary>
    public static IHostApplicationBuilder AddVisitationWorkflows(this IHostApplicationBuilder builder)
    {
        var database = builder.Configuration.GetSection(DatabaseOptions.Section).Get<DatabaseOptions>() ?? new DatabaseOptions();
        switch (database.Provider)
        {
            case DatabaseProvider.Sqlite:
                var sqlite = DatabaseServiceCollectionExtensions.SqliteConnectionString(builder.Configuration);
                builder.Services.AddScoped(sp => new SqliteWorkflowDbContext(new DbContextOptionsBuilder<SqliteWorkflowDbContext>()
                    .UseSqlite(SharedConnection(sp), s => s.MigrationsHistoryTable(WorkflowDbContext.MigrationsHistoryTable))
                    .AddInterceptors(new SqliteConnectionPragmas()).Options));
                builder.Services.AddScoped<WorkflowDbContext>(sp => sp.GetRequiredService<SqliteWorkflowDbContext>());
                break;
            case DatabaseProvider.Postgres:
                builder.Services.AddScoped(sp => new PostgresWorkflowDbContext(new DbContextOptionsBuilder<PostgresWorkflowDbContext>()
                    .UseNpgsql(SharedConnection(sp), p => p.MigrationsHistoryTable(WorkflowDbContext.MigrationsHistoryTable)).Options));
                builder.Services.AddScoped<WorkflowDbContext>(sp => sp.GetRequiredService<PostgresWorkflowDbContext>());
                break;
        }

        var options = builder.Configuration.GetSection(WorkflowOptions.Section).Get<WorkflowOptions>() ?? new WorkflowOptions();
        builder.Services.AddWorkflowRuntime(options, registry => registry.AddVisitationActivities());
        builder.Services.AddScoped<Behaviors.CommandTransaction>();
        return builder;
    }

    private static System.Data.Common.DbConnection SharedConnection(IServiceProvider services) =>
        services.GetRequiredService<VisitationDbContext>().Database.GetDbConnection();
}
