using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using Visitation.Workflows.Definitions.Serialization;
using Visitation.Workflows.Persistence;
using Visitation.Workflows.Persistence.Records;
using Visitation.Workflows.Tests.Support;

namespace Visitation.Workflows.Tests.Persistence;

/// <summary>
/// The reads every step depends on are index lookups whose cost does not grow with the number of versions: the
/// database's own plan for the store's statements names the index and neither scans a table nor sorts.
/// </summary>
public abstract class ExecutionQueryPlanTests : IAsyncLifetime
{
    private static readonly DateTimeOffset Now = new(2026, 3, 2, 8, 0, 0, TimeSpan.Zero);

    protected abstract WorkflowDbContext CreateContext();

    /// <summary>The plan of a statement as text, one line per node.</summary>
    protected abstract Task<string> ExplainAsync(DbConnection connection, DbCommand command);

    public virtual Task InitializeAsync() => CreateContext().Database.MigrateAsync();

    public virtual Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Should_find_the_version_to_start_among_many_with_one_index_seek_and_no_sort()
    {
        var tenant = Guid.NewGuid().ToString("N");
        var definition = DefinitionSerializer.Import(Fixtures.Read(Path.GetFileName(Fixtures.Elsa3Files.First()))).Definition;
        await using (var seed = CreateContext())
        {
            for (var version = 1; version <= 30; version++)
            {
                definition.Version = version;
                seed.Definitions.Add(Version(tenant, definition.DefinitionId, version, version switch
                {
                    <= 27 => DefinitionVersionState.Superseded,
                    28 => DefinitionVersionState.Published,
                    29 => DefinitionVersionState.Published, // from a date still to come
                    _ => DefinitionVersionState.Draft,
                }, version == 29 ? Now.AddDays(7) : Now.AddDays(version - 40), DefinitionSerializer.Write(definition)));
            }
            await seed.SaveChangesAsync();
        }

        await using var db = CreateContext();
        var sql = StepSql.For(db);
        await db.Database.OpenConnectionAsync();
        var connection = db.Database.GetDbConnection();
        await using var command = connection.CreateCommand();
        command.CommandText = sql.SelectPublishedDefinition;
        StepSql.AddParameter(command, "tenant", tenant);
        StepSql.AddParameter(command, "definition", definition.DefinitionId);
        StepSql.AddParameter(command, "state", sql.PublishedState);
        StepSql.AddParameter(command, "now", sql.EffectiveFrom.ToProvider(Now));
        var plan = await ExplainAsync(connection, command);
        var found = await new EfWorkflowStore(db, tenant, new Microsoft.Extensions.Time.Testing.FakeTimeProvider(Now))
            .LoadDefinitionAsync(tenant, definition.DefinitionId, null);

        Assert.True(plan.Contains("IX_wf_definitions_EffectiveVersion", StringComparison.Ordinal), plan);
        Assert.DoesNotContain("TEMP B-TREE", plan, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("Sort", plan, StringComparison.Ordinal);
        Assert.DoesNotContain("Seq Scan", plan, StringComparison.Ordinal);
        Assert.DoesNotContain("SCAN ", plan, StringComparison.Ordinal);
        Assert.Equal(28, found!.Version);
    }

    [Fact]
    public async Task Should_read_an_instance_with_its_definition_by_index_lookups_only()
    {
        await using var db = CreateContext();
        await db.Database.OpenConnectionAsync();
        var connection = db.Database.GetDbConnection();
        await using var command = connection.CreateCommand();
        command.CommandText = StepSql.For(db).SelectInstance;
        StepSql.AddParameter(command, "tenant", "t");
        StepSql.AddParameter(command, "id", "i");

        var plan = await ExplainAsync(connection, command);

        Assert.Contains("IX_wf_definitions_TenantId_DefinitionId_Version", plan);
        Assert.DoesNotContain("Seq Scan", plan, StringComparison.Ordinal);
        Assert.DoesNotContain("SCAN ", plan, StringComparison.Ordinal);
    }

    private static WorkflowDefinitionRecord Version(string tenant, string definitionId, int version, DefinitionVersionState state, DateTimeOffset effectiveFrom,
        string json) => new()
    {
        Id = Guid.NewGuid().ToString("N"),
        TenantId = tenant,
        DefinitionId = definitionId,
        Version = version,
        Name = definitionId,
        State = state,
        Json = json,
        EffectiveFrom = effectiveFrom,
        CreatedAt = Now,
        UpdatedAt = Now,
    };
}

public sealed class ExecutionQueryPlanTestsOnSqlite : ExecutionQueryPlanTests
{
    private readonly string file = Path.Combine(Path.GetTempPath(), $"visitation-plans-{Guid.NewGuid():N}.db");

    protected override WorkflowDbContext CreateContext() => new SqliteWorkflowDbContext(new DbContextOptionsBuilder<SqliteWorkflowDbContext>()
        .UseSqlite($"Data Source={file}", o => o.MigrationsHistoryTable(WorkflowDbContext.MigrationsHistoryTable)).Options);

    protected override async Task<string> ExplainAsync(DbConnection connection, DbCommand command)
    {
        command.CommandText = "EXPLAIN QUERY PLAN " + command.CommandText;
        var lines = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync()) lines.Add(reader.GetString(3));
        return string.Join('\n', lines);
    }

    public override Task DisposeAsync()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        foreach (var path in new[] { file, file + "-wal", file + "-shm" }) File.Delete(path);
        return Task.CompletedTask;
    }
}

public sealed class ExecutionQueryPlanTestsOnPostgres : ExecutionQueryPlanTests
{
    private readonly string database = $"visitation_plans_{Guid.NewGuid():N}";

    private static string Server => Environment.GetEnvironmentVariable("VISITATION_TEST_POSTGRES")
        ?? throw new InvalidOperationException("VISITATION_TEST_POSTGRES is not set. Run ./test.sh, which starts a throw-away PostgreSQL and sets it.");

    protected override WorkflowDbContext CreateContext() => new PostgresWorkflowDbContext(new DbContextOptionsBuilder<PostgresWorkflowDbContext>()
        .UseNpgsql(new NpgsqlConnectionStringBuilder(Server) { Database = database }.ToString(),
            o => o.MigrationsHistoryTable(WorkflowDbContext.MigrationsHistoryTable)).Options);

    /// <remarks>
    /// A table of a few rows is read fastest without an index, so the planner is told to use one wherever it can: the
    /// plan then shows whether an index serves the statement (and its order), as it does once rows pile up.
    /// </remarks>
    protected override async Task<string> ExplainAsync(DbConnection connection, DbCommand command)
    {
        await using (var off = connection.CreateCommand())
        {
            off.CommandText = "SET enable_seqscan = off; SET enable_sort = off;";
            await off.ExecuteNonQueryAsync();
        }
        command.CommandText = "EXPLAIN " + command.CommandText;
        var lines = new List<string>();
        await using (var reader = await command.ExecuteReaderAsync())
            while (await reader.ReadAsync()) lines.Add(reader.GetString(0));
        await using (var on = connection.CreateCommand())
        {
            on.CommandText = "RESET enable_seqscan; RESET enable_sort;";
            await on.ExecuteNonQueryAsync();
        }
        return string.Join('\n', lines);
    }

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
