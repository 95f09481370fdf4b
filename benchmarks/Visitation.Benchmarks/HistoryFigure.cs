using System.Diagnostics;
using System.Text.Json.Nodes;
using Microsoft.Data.Sqlite;
using Visitation.Workflows.Execution;
using Visitation.Workflows.Persistence;

namespace Visitation.Benchmarks;

/// <summary>
/// Figure 3: the time of one start + resume (human-decision, through the runtime and the EF store) on a
/// database holding 10 versions of the definition and 100,000 finished instances (with their journal and
/// outbox rows), against a database holding only the one version, in interleaved rounds. Ratio loaded / empty.
/// Then EXPLAIN QUERY PLAN of every statement the runtime issued on the loaded database.
/// </summary>
public static class HistoryFigure
{
    const string DefinitionId = "bench-human-decision";
    static readonly JsonObject TaskCompletion = new() { ["action"] = "Done", ["data"] = true };

    public static async Task RunAsync(DriverOptions options)
    {
        Console.WriteLine($"## 3. Flat cost with history: start + resume with 10 versions and {options.Instances:N0} finished instances against an empty database");
        var dir = Sqlite.TempDirectory("history");
        try
        {
            var json = Flows.Json(options, "human-decision");
            var runner = Flows.Runner();
            using var empty = Sqlite.Open(Path.Combine(dir, "empty.db"));
            await Sqlite.MigrateAsync(empty);
            await Sqlite.AddDefinitionAsync(empty, json);

            using var loaded = Sqlite.Open(Path.Combine(dir, "loaded.db"));
            await Sqlite.MigrateAsync(loaded);
            await Sqlite.AddDefinitionAsync(loaded, json, versions: 10);
            var finished = await FinishedSampleAsync(runner, Flows.Read(options, "human-decision"));
            var watch = Stopwatch.StartNew();
            Seed(loaded, finished, options.Instances);
            Console.WriteLine($"seeded {options.Instances:N0} finished instances, {options.Instances * finished.Journal.Count:N0} journal rows and {options.Instances:N0} outbox rows in {watch.Elapsed.TotalSeconds:0.0} s");

            Tidy(empty);
            Tidy(loaded);
            var emptyOptions = Sqlite.Options(empty);
            var loadedOptions = Sqlite.Options(loaded);
            var capturingOptions = loadedOptions;
            var captured = new List<string>();
            SQLitePCL.raw.sqlite3_trace(loaded.Handle, (_, statement) => captured.Add(statement.utf8_to_string()), null);

            async Task StartAndResumeAsync(Microsoft.EntityFrameworkCore.DbContextOptions<SqliteWorkflowDbContext> contextOptions)
            {
                string instanceId, bookmarkId;
                await using (var db = new SqliteWorkflowDbContext(contextOptions))
                {
                    var started = await new WorkflowRuntime(new EfWorkflowStore(db, Sqlite.Tenant), runner, TimeProvider.System).StartAsync(DefinitionId);
                    (instanceId, bookmarkId) = (started.State.Id, started.BookmarksCreated.Single().Id);
                }
                await using (var db = new SqliteWorkflowDbContext(contextOptions))
                {
                    var step = await new WorkflowRuntime(new EfWorkflowStore(db, Sqlite.Tenant), runner, TimeProvider.System).ResumeAsync(instanceId, bookmarkId, TaskCompletion);
                    if (step.State.Status != WorkflowStatus.Finished) throw new InvalidOperationException("human-decision did not finish");
                }
            }

            await StartAndResumeAsync(capturingOptions);
            await using (var db = new SqliteWorkflowDbContext(capturingOptions))
            {
                // The runtime's other lookups: the scheduler's claims of due timers and triggers, stimuli and event triggers.
                await using (var claim = await DueWorkClaims.BeginClaimTransactionAsync(db, CancellationToken.None))
                {
                    await DueWorkClaims.ClaimDueBookmarkAsync(db, Sqlite.Tenant, DateTimeOffset.UtcNow, [], CancellationToken.None);
                    await DueWorkClaims.ClaimDueTriggerAsync(db, Sqlite.Tenant, DateTimeOffset.UtcNow, [], CancellationToken.None);
                }
                var runtime = new WorkflowRuntime(new EfWorkflowStore(db, Sqlite.Tenant), runner, TimeProvider.System);
                await runtime.TriggerEventAsync("bench-no-such-event", "case-00000001");
            }
            SQLitePCL.raw.sqlite3_trace(loaded.Handle, (SQLitePCL.strdelegate_trace?)null, null);
            await Stats.TimedAsync(Math.Max(6, options.Seconds * 3), _ => StartAndResumeAsync(emptyOptions)); // warm-up
            await Stats.TimedAsync(Math.Max(6, options.Seconds * 3), _ => StartAndResumeAsync(loadedOptions));

            var emptyTimes = new List<double>();
            var loadedTimes = new List<double>();
            var ratios = new List<double>();
            for (var round = 1; round <= options.Rounds; round++)
            {
                var (emptyRate, loadedRate) = await Stats.PairedAsync(options.Seconds * 2, 8,
                    async seconds => await Stats.TimedAsync(seconds, _ => StartAndResumeAsync(emptyOptions)),
                    async seconds => await Stats.TimedAsync(seconds, _ => StartAndResumeAsync(loadedOptions)));
                double e = 1e6 / emptyRate, l = 1e6 / loadedRate;
                emptyTimes.Add(e); loadedTimes.Add(l); ratios.Add(l / e);
                Console.WriteLine($"  round {round}: empty {e:0} µs, loaded {l:0} µs per start + resume, ratio {l / e:0.000}");
            }
            Console.WriteLine($"history: median empty {Stats.Median(emptyTimes):0} µs, loaded {Stats.Median(loadedTimes):0} µs per start + resume, median ratio {Stats.Median(ratios):0.000} (goal <= 1.10)");
            Console.WriteLine();
            Explain(loaded, captured);

        }
        finally
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(dir, true);
        }
    }

    /// <summary>A real finished instance of the flow: its state JSON and journal are the seed rows' content.</summary>
    static async Task<WorkflowStep> FinishedSampleAsync(WorkflowRunner runner, Visitation.Workflows.Definitions.WorkflowDefinition definition)
    {
        var started = await runner.StartAsync(definition);
        var step = await runner.ResumeAsync(definition, started.State, started.BookmarksCreated[0].Id, TaskCompletion);
        step.Journal.InsertRange(0, started.Journal);
        return step;
    }

    /// <summary>Raw SQL in one transaction: instances, their journal rows and their delivered outbox rows.</summary>
    static void Seed(SqliteConnection connection, WorkflowStep finished, int instances)
    {
        using var transaction = connection.BeginTransaction();
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = """
            WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < $count)
            INSERT INTO wf_instances (Id, TenantId, DefinitionId, DefinitionVersion, Status, SubStatus, CorrelationId, ParentInstanceId, StateJson, Version, CreatedAt, UpdatedAt, FinishedAt)
            SELECT printf('hist-%08d', i), $tenant, $definition, 1 + i % 10, 'Finished', 'Finished', printf('case-%08d', i), NULL, $state, 2, $t0 + i * 10000000, $t0 + i * 10000000 + 5000000, $t0 + i * 10000000 + 5000000 FROM n;
            WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < $count)
            INSERT INTO wf_outbox (Id, TenantId, Type, PayloadJson, DeduplicationKey, WorkflowInstanceId, CorrelationId, CreatedAt, DeliveredAt, Attempts)
            SELECT printf('hist-out-%08d', i), $tenant, 'Visitation.HumanTask.Created', '{}', printf('hist-%08d:task-created', i), printf('hist-%08d', i), printf('case-%08d', i), $t0 + i * 10000000, $t0 + i * 10000000 + 1000, 1 FROM n;
            """;
        command.Parameters.AddWithValue("$count", instances);
        command.Parameters.AddWithValue("$tenant", Sqlite.Tenant);
        command.Parameters.AddWithValue("$definition", DefinitionId);
        command.Parameters.AddWithValue("$state", finished.State.ToJson());
        command.Parameters.AddWithValue("$t0", DateTimeOffset.UtcNow.AddYears(-2).UtcTicks);
        command.ExecuteNonQuery();

        using var journal = connection.CreateCommand();
        journal.Transaction = transaction;
        journal.CommandText = """
            WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < $count)
            INSERT INTO wf_journal (TenantId, WorkflowInstanceId, Sequence, Timestamp, ActivityId, ActivityType, Event, Outcome, Actor, Message)
            SELECT $tenant, printf('hist-%08d', i), $sequence, $t0 + i * 10000000 + $sequence, $activityId, $activityType, $event, $outcome, $actor, NULL FROM n
            """;
        journal.Parameters.AddWithValue("$count", instances);
        journal.Parameters.AddWithValue("$tenant", Sqlite.Tenant);
        journal.Parameters.AddWithValue("$t0", DateTimeOffset.UtcNow.AddYears(-2).UtcTicks);
        foreach (var name in new[] { "$sequence", "$activityId", "$activityType", "$event", "$outcome", "$actor" })
            journal.Parameters.Add(new SqliteParameter(name, null));
        var sequence = 0;
        foreach (var entry in finished.Journal)
        {
            journal.Parameters["$sequence"].Value = ++sequence;
            journal.Parameters["$activityId"].Value = (object?)entry.ActivityId ?? DBNull.Value;
            journal.Parameters["$activityType"].Value = (object?)entry.ActivityType ?? DBNull.Value;
            journal.Parameters["$event"].Value = entry.Event.ToString();
            journal.Parameters["$outcome"].Value = (object?)entry.Outcome ?? DBNull.Value;
            journal.Parameters["$actor"].Value = (object?)entry.Actor ?? DBNull.Value;
            journal.ExecuteNonQuery();
        }
        transaction.Commit();

    }

    /// <summary>After the bulk seed: the WAL folded back into the file, as in a database that has been running for a while (no ANALYZE: the host never runs it).</summary>
    static void Tidy(SqliteConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA wal_checkpoint(TRUNCATE);";
        command.ExecuteNonQuery();
    }

    /// <summary>EXPLAIN QUERY PLAN of each statement SQLite ran (as traced, parameters bound); a SCAN of a table is flagged.</summary>
    static void Explain(SqliteConnection connection, List<string> captured)
    {
        Console.WriteLine("Query plans of the statements of one start + resume, one scheduler pass and one event on the loaded database:");
        var scans = 0;
        foreach (var statement in captured.Select(s => s.Trim()).Distinct())
        {
            if (!(statement.StartsWith("SELECT", StringComparison.OrdinalIgnoreCase) || statement.StartsWith("UPDATE", StringComparison.OrdinalIgnoreCase)
                || statement.StartsWith("DELETE", StringComparison.OrdinalIgnoreCase) || statement.StartsWith("INSERT", StringComparison.OrdinalIgnoreCase))) continue;
            if (statement.Contains("sqlite_master", StringComparison.Ordinal) || statement.Contains("__workflow_migrations", StringComparison.Ordinal)) continue;
            using var explain = connection.CreateCommand();
            explain.CommandText = "EXPLAIN QUERY PLAN " + statement;
            var plan = new List<string>();
            using (var reader = explain.ExecuteReader())
                while (reader.Read()) plan.Add(reader.GetString(3));
            var oneLine = string.Join(" ", statement.Split('\n', StringSplitOptions.TrimEntries));
            Console.WriteLine($"  {(oneLine.Length > 140 ? oneLine[..140] + "..." : oneLine)}");
            foreach (var line in plan)
            {
                var scan = line.StartsWith("SCAN ", StringComparison.Ordinal) && !line.Contains("CONSTANT ROW", StringComparison.Ordinal) && !line.Contains("VALUES CLAUSE", StringComparison.Ordinal);
                if (scan) scans++;
                Console.WriteLine($"      {(scan ? "!! " : "")}{line}");
            }
            if (plan.Count == 0) Console.WriteLine("      (insert: no lookup)");
        }
        Console.WriteLine(scans == 0 ? "every lookup uses an index (no SCAN)." : $"{scans} table scan(s) flagged with !!");
        Console.WriteLine();
    }
}
