using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;
using Npgsql;
using Visitation.Workflows.Activities.BuiltIn;
using Visitation.Workflows.Definitions;
using Visitation.Workflows.Definitions.Serialization;
using Visitation.Workflows.Descriptors;
using Visitation.Workflows.Execution;
using Visitation.Workflows.Persistence;
using Visitation.Workflows.Persistence.Records;
using Visitation.Workflows.Tests.Execution;
using Visitation.Workflows.Tests.Support;

namespace Visitation.Workflows.Tests.Persistence;

/// <summary>
/// Every Elsa 3 fixture run through the real database store behaves exactly as it does in memory, where the
/// conformance tests check it against Elsa's expectations: same lines in the same order, same status,
/// variables and output. So persistence (a commit per step, state reloaded from the database at every
/// resume) is invisible to a flow, on SQLite and on PostgreSQL.
/// </summary>
public abstract class PersistedConformanceTests : IAsyncLifetime
{
    private static readonly DateTimeOffset Start = new(2026, 3, 2, 8, 0, 0, TimeSpan.Zero);

    protected abstract WorkflowDbContext CreateContext();

    public virtual Task InitializeAsync() => CreateContext().Database.MigrateAsync();

    public virtual Task DisposeAsync() => Task.CompletedTask;

    public static TheoryData<string> Elsa3Fixtures() => Fixtures.Elsa3Names();

    [Theory]
    [MemberData(nameof(Elsa3Fixtures))]
    public async Task Should_run_each_elsa3_fixture_through_the_database_exactly_as_in_memory(string fixture)
    {
        var expected = await RunInMemoryAsync(fixture);

        var actual = await RunPersistedAsync(fixture);

        Assert.Equal(expected.Lines, actual.Lines);
        Assert.Equal((expected.State.Status, expected.State.SubStatus), (actual.State.Status, actual.State.SubStatus));
        Assert.Equal(Json(expected.State.Variables), Json(actual.State.Variables));
        Assert.Equal(Json(expected.State.Output), Json(actual.State.Output));
        Assert.Equal(expected.State.Bookmarks.Count, actual.State.Bookmarks.Count);
    }

    private static async Task<(List<string> Lines, WorkflowState State)> RunInMemoryAsync(string fixture)
    {
        var harness = new WorkflowHarness();
        foreach (var child in ChildFixtures(fixture)) harness.AddFixture(child);
        var state = await harness.RunUntilEndAsync(harness.AddFixture(fixture));
        return (harness.Lines.ToList(), state);
    }

    private async Task<(List<string> Lines, WorkflowState State)> RunPersistedAsync(string fixture)
    {
        var tenant = Guid.NewGuid().ToString("N");
        var clock = new FakeTimeProvider(Start);
        var runner = new WorkflowRunner(new ActivityRegistry().AddBuiltInActivities(), new WorkflowRunnerOptions(), clock);
        WorkflowDefinition main;
        await using (var db = CreateContext())
        {
            foreach (var child in ChildFixtures(fixture)) Publish(db, tenant, Read(child));
            main = Read(fixture);
            Publish(db, tenant, main);
            await db.SaveChangesAsync();
        }

        string instanceId;
        await using (var db = CreateContext())
            instanceId = (await new WorkflowRuntime(new EfWorkflowStore(db, tenant, clock), runner, clock)
                .StartAsync(main.DefinitionId, new StartWorkflowOptions { TenantId = tenant }, main.Version)).State.Id;

        WorkflowState state = null!;
        for (var round = 0; round < 100; round++)
        {
            // A fresh context per resume: the state must come back from the database, not from memory.
            await using var db = CreateContext();
            var store = new EfWorkflowStore(db, tenant, clock);
            state = (await store.LoadInstanceAsync(instanceId))!;
            if (state.Status == WorkflowStatus.Finished || state.Bookmarks.Count == 0) break;
            foreach (var bookmark in state.Bookmarks)
            {
                await using var resumeDb = CreateContext();
                var resumeStore = new EfWorkflowStore(resumeDb, tenant, clock);
                if ((await resumeStore.LoadInstanceAsync(instanceId))!.Bookmarks.All(b => b.Id != bookmark.Id)) continue;
                await new WorkflowRuntime(resumeStore, runner, clock).ResumeAsync(instanceId, bookmark.Id);
            }
        }

        await using var read = CreateContext();
        var lines = await read.Journal.AsNoTracking()
            .Where(j => j.TenantId == tenant && j.ActivityType == WellKnownActivityTypes.WriteLine && j.Event == JournalEvent.Completed)
            .OrderBy(j => j.Id).Select(j => j.Message ?? "").ToListAsync();
        return (lines, state);
    }

    private static IEnumerable<string> ChildFixtures(string fixture) => fixture.StartsWith("ExecuteWorkflow--parent", StringComparison.Ordinal)
        ? Fixtures.Elsa3Files.Select(Path.GetFileName).Where(f => f!.StartsWith("ExecuteWorkflow--child", StringComparison.Ordinal)).Select(f => f!)
        : [];

    private static WorkflowDefinition Read(string fixture) => DefinitionSerializer.Import(Fixtures.Read(fixture)).Definition;

    private static void Publish(WorkflowDbContext db, string tenant, WorkflowDefinition definition) =>
        db.Definitions.Add(new WorkflowDefinitionRecord
        {
            Id = Guid.NewGuid().ToString("N"),
            TenantId = tenant,
            DefinitionId = definition.DefinitionId,
            Version = definition.Version,
            Name = definition.Name ?? definition.DefinitionId,
            State = DefinitionVersionState.Published,
            Json = DefinitionSerializer.Write(definition),
            EffectiveFrom = DateTimeOffset.MinValue.ToUniversalTime(),
        });

    /// <summary>The values as JSON, with instance ids (generated differently in the two runs) left out.</summary>
    private static string Json(Dictionary<string, JsonNode?> values) => System.Text.RegularExpressions.Regex.Replace(
        new JsonObject(values.OrderBy(v => v.Key, StringComparer.Ordinal).Select(v => KeyValuePair.Create(v.Key, v.Value?.DeepClone()))).ToJsonString(),
        "\"workflowInstanceId\":\"[^\"]*\"", "\"workflowInstanceId\":\"*\"");
}

public sealed class PersistedConformanceTestsOnSqlite : PersistedConformanceTests
{
    private readonly string file = Path.Combine(Path.GetTempPath(), $"visitation-conformance-{Guid.NewGuid():N}.db");

    protected override WorkflowDbContext CreateContext() => new SqliteWorkflowDbContext(new DbContextOptionsBuilder<SqliteWorkflowDbContext>()
        .UseSqlite($"Data Source={file}", o => o.MigrationsHistoryTable(WorkflowDbContext.MigrationsHistoryTable)).Options);

    public override Task DisposeAsync()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        foreach (var path in new[] { file, file + "-wal", file + "-shm" }) File.Delete(path);
        return Task.CompletedTask;
    }
}

public sealed class PersistedConformanceTestsOnPostgres : PersistedConformanceTests
{
    private readonly string database = $"visitation_conformance_{Guid.NewGuid():N}";

    private static string Server => Environment.GetEnvironmentVariable("VISITATION_TEST_POSTGRES")
        ?? throw new InvalidOperationException("VISITATION_TEST_POSTGRES is not set. Run ./test.sh, which starts a throw-away PostgreSQL and sets it.");

    protected override WorkflowDbContext CreateContext() => new PostgresWorkflowDbContext(new DbContextOptionsBuilder<PostgresWorkflowDbContext>()
        .UseNpgsql(new NpgsqlConnectionStringBuilder(Server) { Database = database }.ToString(),
            o => o.MigrationsHistoryTable(WorkflowDbContext.MigrationsHistoryTable)).Options);

    public override async Task InitializeAsync()
    {
        await ExecuteAsync($"CREATE DATABASE \"{database}\"");
        await base.InitializeAsync();
    }

    public override async Task DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        await ExecuteAsync($"DROP DATABASE IF EXISTS \"{database}\" WITH (FORCE)");
    }

    private static async Task ExecuteAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(Server);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
