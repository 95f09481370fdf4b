using Microsoft.EntityFrameworkCore;
using Visitation.Host.Infrastructure.Persistence;
using Visitation.Workflows.Hosting;
using Visitation.Workflows.Persistence;

namespace Visitation.Host.Infrastructure.Workflows;

public static class WorkflowsHostingExtensions
{
    /// <summary>The engine on the host's database: its own tables and migrations, and its scheduler.</summary>
    public static IHostApplicationBuilder AddVisitationWorkflows(this IHostApplicationBuilder builder)
    {
        var database = builder.Configuration.GetSection(DatabaseOptions.Section).Get<DatabaseOptions>() ?? new DatabaseOptions();
        switch (database.Provider)
        {
            case DatabaseProvider.Sqlite:
                var sqlite = DatabaseServiceCollectionExtensions.SqliteConnectionString(builder.Configuration);
                builder.Services.AddDbContext<SqliteWorkflowDbContext>(o => o
                    .UseSqlite(sqlite, s => s.MigrationsHistoryTable(WorkflowDbContext.MigrationsHistoryTable))
                    .AddInterceptors(new SqliteConnectionPragmas()));
                builder.Services.AddScoped<WorkflowDbContext>(sp => sp.GetRequiredService<SqliteWorkflowDbContext>());
                break;
            case DatabaseProvider.Postgres:
                builder.Services.AddDbContext<PostgresWorkflowDbContext>(o => o
                    .UseNpgsql(builder.Configuration.GetConnectionString("Postgres"), p => p.MigrationsHistoryTable(WorkflowDbContext.MigrationsHistoryTable)));
                builder.Services.AddScoped<WorkflowDbContext>(sp => sp.GetRequiredService<PostgresWorkflowDbContext>());
                break;
        }

        var options = builder.Configuration.GetSection(WorkflowOptions.Section).Get<WorkflowOptions>() ?? new WorkflowOptions();
        builder.Services.AddWorkflowRuntime(options);
        return builder;
    }
}
