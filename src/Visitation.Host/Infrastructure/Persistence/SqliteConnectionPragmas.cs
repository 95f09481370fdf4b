using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Visitation.Host.Infrastructure.Persistence;

/// <summary>
/// WAL with synchronous=NORMAL survives a killed process (the last commits may be lost on power failure);
/// a busy timeout lets the background scheduler and requests share the file without "database is locked".
/// </summary>
/// <remarks>
/// EF opens and closes the connection around every query, and Microsoft.Data.Sqlite hands out pooled native
/// connections that keep their settings. So the pragmas run once per native connection, not once per query:
/// run per query they were the largest cost of a read after the query itself, and every open queued on the pool.
/// </remarks>
public sealed class SqliteConnectionPragmas : DbConnectionInterceptor
{
    private const string Pragmas = "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA foreign_keys=ON; PRAGMA busy_timeout=10000;";

    private static readonly ConditionalWeakTable<object, object> Configured = new();

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        if (!NeedsPragmas(connection)) return;
        using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        command.ExecuteNonQuery();
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        if (!NeedsPragmas(connection)) return;
        await using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>True once for each native connection; a connection of another kind always gets them.</summary>
    private static bool NeedsPragmas(DbConnection connection) =>
        connection is not SqliteConnection { Handle: { } handle } || Configured.TryAdd(handle, handle);
}
