using Microsoft.Data.Sqlite;

namespace Visitation.Host.Infrastructure.Persistence;

/// <summary>
/// SQLite is single-node by design (docs/decisions.md D4): the host holds an exclusive lock on a file beside the
/// database for as long as it runs, and a second host on the same database refuses to start. The operating
/// system releases the lock when the process ends, however it ends, so a killed host never blocks its restart.
/// </summary>
public sealed class SqliteNodeLock : IDisposable
{
    private readonly FileStream? stream;

    private SqliteNodeLock(FileStream? stream, string? path)
    {
        this.stream = stream;
        Path = path;
    }

    /// <summary>The lock file, or null for an in-memory database.</summary>
    public string? Path { get; }

    /// <summary>Takes the lock for the database of <paramref name="connectionString"/>, or throws with what to do.</summary>
    public static SqliteNodeLock Acquire(string connectionString)
    {
        var builder = new SqliteConnectionStringBuilder(connectionString);
        if (builder.Mode == SqliteOpenMode.Memory || string.IsNullOrEmpty(builder.DataSource) || builder.DataSource == ":memory:")
            return new SqliteNodeLock(null, null);

        var database = System.IO.Path.GetFullPath(builder.DataSource);
        var path = database + ".node-lock";
        try
        {
            // FileShare.None is an exclusive advisory lock on Unix (flock) and a sharing lock on Windows; both are
            // dropped by the operating system with the process.
            var stream = new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None, 1, FileOptions.None);
            stream.SetLength(0);
            var pid = System.Text.Encoding.UTF8.GetBytes($"{Environment.ProcessId}\n");
            stream.Write(pid);
            stream.Flush();
            return new SqliteNodeLock(stream, path);
        }
        catch (IOException e)
        {
            throw new InvalidOperationException(
                $"Another Visitation host is already running on the SQLite database '{database}' (lock file '{path}'). " +
                "SQLite is single-node: stop the other host first, or use PostgreSQL (Database:Provider=Postgres) to run several nodes.", e);
        }
    }

    public void Dispose() => stream?.Dispose();
}
