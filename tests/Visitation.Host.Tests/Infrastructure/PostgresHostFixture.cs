using Npgsql;

namespace Visitation.Host.Tests.Infrastructure;

/// <summary>
/// A fresh database on the PostgreSQL server that the test script starts (VISITATION_TEST_POSTGRES),
/// dropped afterwards.
/// </summary>
public sealed class PostgresHostFixture : HostFixture
{
    private readonly string database = $"visitation_test_{Guid.NewGuid():N}";
    private readonly List<string> separateDatabases = [];

    public override string Provider => "Postgres";

    public static string ServerConnectionString =>
        Environment.GetEnvironmentVariable("VISITATION_TEST_POSTGRES")
        ?? throw new InvalidOperationException(
            "VISITATION_TEST_POSTGRES is not set. Run ./test.sh, which starts a throw-away PostgreSQL and sets it.");

    public override IReadOnlyDictionary<string, string?> DatabaseSettings => new Dictionary<string, string?>
    {
        ["Database:Provider"] = "Postgres",
        ["ConnectionStrings:Postgres"] = new NpgsqlConnectionStringBuilder(ServerConnectionString) { Database = database }.ToString(),
    };

    public override async Task<IReadOnlyDictionary<string, string?>> SeparateDatabaseAsync()
    {
        var separate = $"{database}_{Guid.NewGuid():N}"[..(database.Length + 9)];
        await ExecuteOnServerAsync($"CREATE DATABASE \"{separate}\"");
        lock (separateDatabases) separateDatabases.Add(separate);
        return new Dictionary<string, string?>
        {
            ["ConnectionStrings:Postgres"] = new NpgsqlConnectionStringBuilder(ServerConnectionString) { Database = separate }.ToString(),
        };
    }

    public override async Task InitializeAsync()
    {
        await ExecuteOnServerAsync($"CREATE DATABASE \"{database}\"");
        await base.InitializeAsync();
    }

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        NpgsqlConnection.ClearAllPools();
        foreach (var separate in separateDatabases) await ExecuteOnServerAsync($"DROP DATABASE IF EXISTS \"{separate}\" WITH (FORCE)");
        await ExecuteOnServerAsync($"DROP DATABASE IF EXISTS \"{database}\" WITH (FORCE)");
    }

    private static async Task ExecuteOnServerAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(ServerConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}

[CollectionDefinition(Name)]
public sealed class PostgresCollection : ICollectionFixture<PostgresHostFixture>
{
    public const string Name = "Postgres host";
}
