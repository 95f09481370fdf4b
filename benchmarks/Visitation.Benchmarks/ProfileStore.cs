using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Visitation.Workflows.Execution;
using Visitation.Workflows.Persistence;

namespace Visitation.Benchmarks;

/// <summary>`profile`: where a persisted resume spends its time, phase by phase (load, run, save), on SQLite.</summary>
public static class ProfileStore
{
    static string Short(string sql)
    {
        var line = string.Join(" ", sql.Split('\n', StringSplitOptions.TrimEntries));
        return line.Length > 120 ? line[..120] : line;
    }

    static double Micro(Action action)
    {
        var runs = new List<double>();
        for (var run = 0; run < 9; run++)
        {
            var watch = Stopwatch.StartNew();
            for (var i = 0; i < 200; i++) action();
            runs.Add(watch.Elapsed.TotalMicroseconds / 200);
        }
        return Stats.Median(runs);
    }

    public static async Task RunAsync(DriverOptions options)
    {
        var dir = Sqlite.TempDirectory("profile");
        try
        {
            using var connection = Sqlite.Open(Path.Combine(dir, "profile.db"));
            await Sqlite.MigrateAsync(connection);
            await Sqlite.AddDefinitionAsync(connection, Flows.Json(options, "resume-loop"));
            var runner = Flows.Runner();
            var timing = new CommandTiming();
            var contextOptions = Sqlite.Options(connection, timing);
            string instanceId, bookmarkId;
            await using (var db = new SqliteWorkflowDbContext(contextOptions))
            {
                var step = await new WorkflowRuntime(new EfWorkflowStore(db, Sqlite.Tenant), runner, TimeProvider.System).StartAsync("bench-resume-loop");
                (instanceId, bookmarkId) = (step.State.Id, step.BookmarksCreated.Single().Id);
            }
            var phases = new Dictionary<string, List<double>>();
            void Add(string phase, Stopwatch watch) { (phases.TryGetValue(phase, out var l) ? l : phases[phase] = []).Add(watch.Elapsed.TotalMicroseconds); watch.Restart(); }
            var total = Stopwatch.StartNew();
            var count = 0;
            while (total.Elapsed.TotalSeconds < options.Seconds * options.Rounds)
            {
                var watch = Stopwatch.StartNew();
                await using var db = new SqliteWorkflowDbContext(contextOptions);
                var store = new EfWorkflowStore(db, Sqlite.Tenant);
                Add("new DbContext", watch);
                _ = db.Database.GetDbConnection(); // the context's services are built on first use
                Add("context services", watch);
                var state = (await store.LoadInstanceAsync(instanceId))!;
                Add("load instance", watch);
                var definition = (await store.LoadDefinitionAsync(null, state.DefinitionId, state.DefinitionVersion))!;
                Add("load definition", watch);
                var step = await runner.ResumeAsync(definition, state, bookmarkId);
                Add("run (runner)", watch);
                await store.SaveStepAsync(step, state.Version);
                Add("save step", watch);
                bookmarkId = step.BookmarksCreated.Single().Id;
                count++;
            }
            Console.WriteLine($"profile of {count} resumes in {total.Elapsed.TotalSeconds:0.0} s (µs per phase: median, mean):");
            foreach (var (phase, values) in phases) Console.WriteLine($"  {phase,-16} {Stats.Median(values),8:0} {values.Average(),8:0}");
            // The CPU parts of a step on the last state, for comparison with the phases above.
            await using (var db = new SqliteWorkflowDbContext(contextOptions))
            {
                var state = (await new EfWorkflowStore(db, Sqlite.Tenant).LoadInstanceAsync(instanceId))!;
                var json = state.ToJson();
                Console.WriteLine($"state JSON ({json.Length} chars), µs per call (median of 9 runs of 200):");
                Console.WriteLine($"  {"read",-16} {Micro(() => WorkflowState.FromJson(json)),8:0.0}");
                Console.WriteLine($"  {"write",-16} {Micro(() => state.ToJson()),8:0.0}");
                Console.WriteLine($"  {"copy",-16} {Micro(() => state.Clone()),8:0.0}");
            }
            Console.WriteLine("time inside the database per statement (median µs, count per resume):");
            foreach (var (sql, values) in timing.Durations.OrderByDescending(d => Stats.Median(d.Value)))
                Console.WriteLine($"  {Stats.Median(values),8:0}  x{values.Count / (double)count:0.#}  {Short(sql)}");
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(dir, true);
        }
    }
}

sealed class CommandTiming : Microsoft.EntityFrameworkCore.Diagnostics.DbCommandInterceptor
{
    public Dictionary<string, List<double>> Durations { get; } = [];

    void Add(System.Data.Common.DbCommand command, Microsoft.EntityFrameworkCore.Diagnostics.CommandExecutedEventData data) =>
        (Durations.TryGetValue(command.CommandText, out var l) ? l : Durations[command.CommandText] = []).Add(data.Duration.TotalMicroseconds);

    public override ValueTask<System.Data.Common.DbDataReader> ReaderExecutedAsync(System.Data.Common.DbCommand command, Microsoft.EntityFrameworkCore.Diagnostics.CommandExecutedEventData eventData, System.Data.Common.DbDataReader result, CancellationToken cancellationToken = default)
    {
        Add(command, eventData);
        return base.ReaderExecutedAsync(command, eventData, result, cancellationToken);
    }

    public override ValueTask<int> NonQueryExecutedAsync(System.Data.Common.DbCommand command, Microsoft.EntityFrameworkCore.Diagnostics.CommandExecutedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        Add(command, eventData);
        return base.NonQueryExecutedAsync(command, eventData, result, cancellationToken);
    }
}
