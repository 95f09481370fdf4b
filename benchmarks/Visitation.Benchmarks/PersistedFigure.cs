using Microsoft.Data.Sqlite;
using Visitation.Workflows.Execution;
using Visitation.Workflows.Persistence;

namespace Visitation.Benchmarks;

/// <summary>
/// Figure 2: persisted resumes on SQLite through <see cref="WorkflowRuntime"/> over <see cref="EfWorkflowStore"/>
/// against the raw floor (<see cref="RawFloor"/>), each on its own database file, in interleaved rounds.
/// Ratio: our resumes per second / the floor's commits per second.
/// </summary>
public static class PersistedFigure
{
    const int Instances = 200;

    public static async Task RunAsync(DriverOptions options)
    {
        Console.WriteLine("## 2. Persisted resumes on SQLite: WorkflowRuntime + EfWorkflowStore against the raw floor (commits per second)");
        var dir = Sqlite.TempDirectory("persisted");
        try
        {
            using var ourConnection = Sqlite.Open(Path.Combine(dir, "runtime.db"));
            await Sqlite.MigrateAsync(ourConnection);
            await Sqlite.AddDefinitionAsync(ourConnection, Flows.Json(options, "resume-loop"));
            var runner = Flows.Runner();
            var contextOptions = Sqlite.Options(ourConnection);

            // Instances waiting on their event bookmark; resumed round robin, each resume waits again.
            var waiting = new (string InstanceId, string BookmarkId)[Instances];
            for (var i = 0; i < Instances; i++)
            {
                await using var db = new SqliteWorkflowDbContext(contextOptions);
                var step = await new WorkflowRuntime(new EfWorkflowStore(db, Sqlite.Tenant), runner, TimeProvider.System).StartAsync("bench-resume-loop");
                waiting[i] = (step.State.Id, step.BookmarksCreated.Single().Id);
            }

            // One resume, like one request: its own DbContext (a DI scope in the host) on the open connection.
            var next = 0;
            WorkflowStep? sample = null;
            async Task ResumeOnceAsync()
            {
                var index = next++ % Instances;
                await using var db = new SqliteWorkflowDbContext(contextOptions);
                var runtime = new WorkflowRuntime(new EfWorkflowStore(db, Sqlite.Tenant), runner, TimeProvider.System);
                var step = await runtime.ResumeAsync(waiting[index].InstanceId, waiting[index].BookmarkId);
                waiting[index].BookmarkId = step.BookmarksCreated.Single().Id;
                sample ??= step;
            }
            await Stats.TimedAsync(Math.Max(6, options.Seconds * 3), _ => ResumeOnceAsync()); // warm-up
            var shape = RawFloor.Shape.From(sample!);
            Console.WriteLine($"per commit: 1 instance update ({shape.StateJson.Length} chars of state JSON), {shape.Journal.Count} journal rows, 1 bookmark deleted, 1 inserted");

            using var floorConnection = Sqlite.Open(Path.Combine(dir, "floor.db"));
            await Sqlite.MigrateAsync(floorConnection);
            using var floor = new RawFloor(floorConnection, shape, Instances);
            floor.Seed();
            await Stats.TimedAsync(Math.Max(6, options.Seconds * 3), _ => { floor.Commit(); return Task.CompletedTask; }); // warm-up

            var ours = new List<double>();
            var raw = new List<double>();
            var ratios = new List<double>();
            for (var round = 1; round <= options.Rounds; round++)
            {
                var (o, f) = await Stats.PairedAsync(options.Seconds * 2, 8, OursAsync, FloorAsync);
                ours.Add(o); raw.Add(f); ratios.Add(o / f);
                Console.WriteLine($"  round {round}: runtime {Stats.Format(o)} resumes/s, raw floor {Stats.Format(f)} commits/s, ratio {o / f:P0}");
            }
            Console.WriteLine($"persisted: median runtime {Stats.Format(Stats.Median(ours))} resumes/s, raw floor {Stats.Format(Stats.Median(raw))} commits/s, median ratio {Stats.Median(ratios):P0} (goal >= 50%)");
            Console.WriteLine();

            async Task<(double, double)> OursAsync(double seconds) => await Stats.TimedAsync(seconds, _ => ResumeOnceAsync());

            async Task<(double, double)> FloorAsync(double seconds) =>
                await Stats.TimedAsync(seconds, _ => { floor.Commit(); return Task.CompletedTask; });
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(dir, true);
        }
    }
}
