using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Npgsql.EntityFrameworkCore.PostgreSQL.Infrastructure;

namespace Visitation.Host.Infrastructure.Persistence;

public static class DatabaseServiceCollectionExtensions
{
    public const string MigrationsHistoryTable = "__visitation_migrations";

    /// <summary>Registers the host's DbContext for the configured provider, its health check and the shared cookie keys.</summary>
    public static IHostApplicationBuilder AddVisitationDatabase(this IHostApplicationBuilder builder)
    {
        var options = builder.Configuration.GetSection(DatabaseOptions.Section).Get<DatabaseOptions>() ?? new DatabaseOptions();
        builder.Services.AddSingleton(options);

        switch (options.Provider)
        {
            case DatabaseProvider.Sqlite:
                var sqlite = SqliteConnectionString(builder.Configuration);
                builder.Services.AddDbContext<SqliteVisitationDbContext>(o => o
                    .UseSqlite(sqlite, ConfigureSqlite)
                    .ConfigureWarnings(LogFailedCommandsAsInformation)
                    .AddInterceptors(new SqliteConnectionPragmas()));
                builder.Services.AddScoped<VisitationDbContext>(sp => sp.GetRequiredService<SqliteVisitationDbContext>());
                // Taken when the host starts (DatabaseStartup) and released when it stops or dies.
                builder.Services.AddSingleton(_ => SqliteNodeLock.Acquire(sqlite));
                break;
            case DatabaseProvider.Postgres:
                var postgres = builder.Configuration.GetConnectionString("Postgres");
                if (string.IsNullOrWhiteSpace(postgres))
                    throw new InvalidOperationException("Database:Provider is Postgres but ConnectionStrings:Postgres is empty.");
                builder.Services.AddDbContext<PostgresVisitationDbContext>(o => o
                    .UseNpgsql(postgres, ConfigurePostgres)
                    .ConfigureWarnings(LogFailedCommandsAsInformation));
                builder.Services.AddScoped<VisitationDbContext>(sp => sp.GetRequiredService<PostgresVisitationDbContext>());
                break;
            default:
                throw new InvalidOperationException($"Unknown Database:Provider '{options.Provider}'.");
        }

        builder.Services.AddHealthChecks().AddDbContextCheck<VisitationDbContext>("database");
        var dataProtection = builder.Services.AddDataProtection()
            .SetApplicationName("Visitation")
            .PersistKeysToDbContext<VisitationDbContext>();
        DataProtectionCertificate.ProtectKeys(dataProtection, builder.Configuration);
        return builder;
    }

    /// <summary>
    /// A failed command surfaces as an exception, which whoever handles it logs at the level it deserves (a unique
    /// key refused is a 409, not an error). Logged by EF at Error it also misreports every first start on PostgreSQL,
    /// where reading the not yet created migrations table fails by design.
    /// </summary>
    private static void LogFailedCommandsAsInformation(Microsoft.EntityFrameworkCore.Diagnostics.WarningsConfigurationBuilder warnings) =>
        warnings.Log((Microsoft.EntityFrameworkCore.Diagnostics.RelationalEventId.CommandError, LogLevel.Information));

    public static void ConfigureSqlite(Microsoft.EntityFrameworkCore.Infrastructure.SqliteDbContextOptionsBuilder sqlite) =>
        sqlite.MigrationsHistoryTable(MigrationsHistoryTable);

    public static void ConfigurePostgres(NpgsqlDbContextOptionsBuilder postgres) =>
        postgres.MigrationsHistoryTable(MigrationsHistoryTable);

    /// <summary>The SQLite connection string, with the folder of a relative file created if missing.</summary>
    public static string SqliteConnectionString(IConfiguration configuration)
    {
        var connectionString = configuration.GetConnectionString("Sqlite") ?? "Data Source=data/visitation.db";
        var builder = new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(connectionString);
        var folder = Path.GetDirectoryName(Path.GetFullPath(builder.DataSource));
        if (!string.IsNullOrEmpty(folder)) Directory.CreateDirectory(folder);
        return builder.ToString();
    }
}
