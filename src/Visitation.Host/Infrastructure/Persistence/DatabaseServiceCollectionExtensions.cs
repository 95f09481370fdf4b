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
                builder.Services.AddPooledDbContextFactory<SqliteVisitationDbContext>(o => o
                    .UseSqlite(sqlite, ConfigureSqlite)
                    .ConfigureWarnings(LogFailedCommandsAsInformation)
                    .AddInterceptors(new SqliteConnectionPragmas()));
                builder.Services.AddScoped<VisitationDbContext>(sp => OpenForScope(Lease<SqliteVisitationDbContext>(sp)));
                // Taken when the host starts (DatabaseStartup) and released when it stops or dies.
                builder.Services.AddSingleton(_ => SqliteNodeLock.Acquire(sqlite));
                break;
            case DatabaseProvider.Postgres:
                var postgres = builder.Configuration.GetConnectionString("Postgres");
                if (string.IsNullOrWhiteSpace(postgres))
                    throw new InvalidOperationException("Database:Provider is Postgres but ConnectionStrings:Postgres is empty.");
                builder.Services.AddPooledDbContextFactory<PostgresVisitationDbContext>(o => o
                    .UseNpgsql(postgres, ConfigurePostgres)
                    .ConfigureWarnings(LogFailedCommandsAsInformation));
                builder.Services.AddScoped<VisitationDbContext>(Lease<PostgresVisitationDbContext>);
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
    /// The scope's context, leased from the pool for the caller of the scope; the scope's end returns it. Built
    /// afresh for every request, a context resolved EF's own internal services each time, which cost more under
    /// concurrent requests than the queries of a small read.
    /// </summary>
    private static VisitationDbContext Lease<TContext>(IServiceProvider services) where TContext : VisitationDbContext
    {
        var db = services.GetRequiredService<IDbContextFactory<TContext>>().CreateDbContext();
        db.Caller = services.GetRequiredService<Tenancy.CurrentUser>();
        return db;
    }

    /// <summary>
    /// Keeps the scope's SQLite connection open from first use to the end of the scope. Otherwise EF takes it from
    /// Microsoft.Data.Sqlite's pool and returns it around every query, and under concurrent requests those takes
    /// and returns queue on the pool's one lock: a read of five queries waited there more than it queried.
    /// </summary>
    private static VisitationDbContext OpenForScope(VisitationDbContext db)
    {
        db.Database.OpenConnection();
        return db;
    }

    /// <summary>
    /// A failed command surfaces as an exception, which whoever handles it logs at the level it deserves (a unique
    /// key refused is a 409, not an error). Logged by EF at Error it also misreports every first start on PostgreSQL,
    /// where reading the not yet created migrations table fails by design.
    /// </summary>
    private static void LogFailedCommandsAsInformation(Microsoft.EntityFrameworkCore.Diagnostics.WarningsConfigurationBuilder warnings) =>
        warnings.Log((Microsoft.EntityFrameworkCore.Diagnostics.RelationalEventId.CommandError, LogLevel.Information));

    /// <summary>
    /// A list compared in a query (<c>ids.Contains(s.Id)</c>) goes to the database as one parameter (SQLite's
    /// <c>json_each</c>, PostgreSQL's arrays). By default EF sends one parameter per element, so the statement's SQL
    /// depends on the list's length and was built anew on every execution under a lock that all requests share; with
    /// one parameter the SQL is built once and cached like any other query's.
    /// </summary>
    public static void ConfigureSqlite(Microsoft.EntityFrameworkCore.Infrastructure.SqliteDbContextOptionsBuilder sqlite) =>
        sqlite.MigrationsHistoryTable(MigrationsHistoryTable).UseParameterizedCollectionMode(ParameterTranslationMode.Parameter);

    public static void ConfigurePostgres(NpgsqlDbContextOptionsBuilder postgres) =>
        postgres.MigrationsHistoryTable(MigrationsHistoryTable).UseParameterizedCollectionMode(ParameterTranslationMode.Parameter);

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
