using System.Data.Common;
using Microsoft.EntityFrameworkCore;

namespace Visitation.Host.Infrastructure.Persistence;

/// <summary>
/// A short-lived host DbContext on a connection someone else opened, e.g. to write rows inside the engine's step
/// transaction without touching the request's own context and its pending changes. It acts for one municipality,
/// so its query filters admit that municipality's rows only.
/// </summary>
public static class SharedConnectionContexts
{
    public static VisitationDbContext Create(DatabaseProvider provider, DbConnection connection, Guid kommuneId)
    {
        var db = Create(provider, connection);
        db.Tenant = kommuneId;
        return db;
    }

    private static VisitationDbContext Create(DatabaseProvider provider, DbConnection connection) => provider switch
    {
        DatabaseProvider.Sqlite => new SqliteVisitationDbContext(new DbContextOptionsBuilder<SqliteVisitationDbContext>()
            .UseSqlite(connection, DatabaseServiceCollectionExtensions.ConfigureSqlite).Options),
        DatabaseProvider.Postgres => new PostgresVisitationDbContext(new DbContextOptionsBuilder<PostgresVisitationDbContext>()
            .UseNpgsql(connection, DatabaseServiceCollectionExtensions.ConfigurePostgres).Options),
        _ => throw new InvalidOperationException($"Unknown database provider '{provider}'."),
    };
}
