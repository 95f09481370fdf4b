using System.Diagnostics;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Visitation.Workflows.Activities.BuiltIn;
using Visitation.Workflows.Definitions;
using Visitation.Workflows.Definitions.Serialization;
using Visitation.Workflows.Descriptors;
using Visitation.Workflows.Execution;
using Visitation.Workflows.Persistence;
using Visitation.Workflows.Persistence.Records;

namespace Visitation.Benchmarks;

public sealed class DriverOptions
{
    public int Rounds { get; init; } = 7;
    public double Seconds { get; init; } = 2;
    public int Instances { get; init; } = 100_000;
    public required string BenchmarksDirectory { get; init; }
}

public static class Paths
{
    /// <summary>The <c>benchmarks</c> folder: found upwards from the working directory or the binary.</summary>
    public static string BenchmarksDirectory()
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "flows", "sequence10.json"))) return dir.FullName;
                if (File.Exists(Path.Combine(dir.FullName, "benchmarks", "flows", "sequence10.json"))) return Path.Combine(dir.FullName, "benchmarks");
            }
        throw new DirectoryNotFoundException("Run from the repository (the benchmarks/flows folder was not found).");
    }
}

public static class Flows
{
    public static string Json(DriverOptions options, string name) => File.ReadAllText(Path.Combine(options.BenchmarksDirectory, "flows", name + ".json"));

    public static WorkflowDefinition Read(DriverOptions options, string name) => DefinitionSerializer.Read(Json(options, name));

    public static WorkflowRunner Runner() => new(new ActivityRegistry().AddBuiltInActivities());
}

public static class Stats
{
    public static double Median(IEnumerable<double> values)
    {
        var sorted = values.OrderBy(v => v).ToArray();
        return sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[sorted.Length / 2 - 1] + sorted[sorted.Length / 2]) / 2;
    }

    /// <summary>Runs <paramref name="operation"/> repeatedly for about <paramref name="seconds"/>; returns (operations, elapsed seconds).</summary>
    public static async Task<(int Count, double Seconds)> TimedAsync(double seconds, Func<int, Task> operation)
    {
        var watch = Stopwatch.StartNew();
        var limit = TimeSpan.FromSeconds(seconds);
        var count = 0;
        while (watch.Elapsed < limit)
            await operation(count++);
        return (count, watch.Elapsed.TotalSeconds);
    }

    /// <summary>
    /// One round of a paired figure: <paramref name="slices"/> short measurements of each side in ABBA order
    /// (so that a machine getting slower or faster during the round affects both sides alike), summed per side.
    /// Each side is given a slice length in seconds and answers (work done, seconds taken). Returns work per second.
    /// </summary>
    public static async Task<(double A, double B)> PairedAsync(double seconds, int slices,
        Func<double, Task<(double Work, double Seconds)>> a, Func<double, Task<(double Work, double Seconds)>> b)
    {
        var slice = seconds / slices;
        double workA = 0, timeA = 0, workB = 0, timeB = 0;
        for (var i = 0; i < slices; i++)
        {
            var aFirst = i % 4 is 0 or 3;
            for (var side = 0; side < 2; side++)
            {
                if ((side == 0) == aFirst) { var (w, t) = await a(slice); workA += w; timeA += t; }
                else { var (w, t) = await b(slice); workB += w; timeB += t; }
            }
        }
        return (workA / timeA, workB / timeB);
    }

    public static string Format(double value) => value >= 100 ? value.ToString("N0") : value.ToString("0.00");
}

/// <summary>SQLite files as the host opens them: WAL, synchronous=NORMAL, the engine's migrations applied.</summary>
public static class Sqlite
{
    public const string Tenant = "bench";

    public static SqliteConnection Open(string file)
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = file, Pooling = false }.ToString());
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA foreign_keys=ON; PRAGMA busy_timeout=10000;";
        command.ExecuteNonQuery();
        return connection;
    }

    public static DbContextOptions<SqliteWorkflowDbContext> Options(SqliteConnection connection, Microsoft.EntityFrameworkCore.Diagnostics.IInterceptor? interceptor = null)
    {
        var builder = new DbContextOptionsBuilder<SqliteWorkflowDbContext>()
            .UseSqlite(connection, o => o.MigrationsHistoryTable(WorkflowDbContext.MigrationsHistoryTable));
        if (interceptor is not null) builder.AddInterceptors(interceptor);
        return builder.Options;
    }

    public static async Task MigrateAsync(SqliteConnection connection)
    {
        await using var db = new SqliteWorkflowDbContext(Options(connection));
        await db.Database.MigrateAsync();
    }

    /// <summary>Stores versions 1..<paramref name="versions"/> of a flow; the last one is published, the others superseded.</summary>
    public static async Task AddDefinitionAsync(SqliteConnection connection, string json, int versions = 1)
    {
        await using var db = new SqliteWorkflowDbContext(Options(connection));
        var definition = DefinitionSerializer.Read(json);
        var now = DateTimeOffset.UtcNow;
        for (var version = 1; version <= versions; version++)
        {
            definition.Version = version;
            db.Definitions.Add(new WorkflowDefinitionRecord
            {
                Id = $"{definition.DefinitionId}-v{version}",
                TenantId = Tenant,
                DefinitionId = definition.DefinitionId,
                Version = version,
                Name = definition.Name ?? definition.DefinitionId,
                State = version == versions ? DefinitionVersionState.Published : DefinitionVersionState.Superseded,
                Json = DefinitionSerializer.Write(definition),
                CreatedAt = now,
                UpdatedAt = now,
                PublishedAt = now,
            });
        }
        await db.SaveChangesAsync();
    }

    public static string TempDirectory(string name)
    {
        var dir = Path.Combine(Path.GetTempPath(), $"visitation-bench-{name}-{Environment.ProcessId}");
        if (Directory.Exists(dir)) Directory.Delete(dir, true);
        Directory.CreateDirectory(dir);
        return dir;
    }
}
