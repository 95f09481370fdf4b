using System.Data.Common;
using Microsoft.Data.Sqlite;
using Npgsql;
using Visitation.Host.Tests.Infrastructure;

namespace Visitation.Host.Tests.Durability;

/// <summary>A database of its own for child-process hosts, and plain SQL to count what they committed.</summary>
public abstract class DurabilityDatabase : IAsyncDisposable
{
    /// <summary>The settings that point a host at this database.</summary>
    public abstract IReadOnlyDictionary<string, string?> Settings { get; }

    public abstract Task CreateAsync();

    protected abstract DbConnection NewConnection();

    public abstract ValueTask DisposeAsync();

    public async Task<List<object?[]>> QueryAsync(string sql, params (string Name, object Value)[] parameters)
    {
        await using var connection = NewConnection();
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = name;
            parameter.Value = value;
            command.Parameters.Add(parameter);
        }
        var rows = new List<object?[]>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            var row = new object?[reader.FieldCount];
            for (var i = 0; i < row.Length; i++) row[i] = reader.IsDBNull(i) ? null : reader.GetValue(i);
            rows.Add(row);
        }
        return rows;
    }

    public async Task<long> ScalarAsync(string sql, params (string Name, object Value)[] parameters) =>
        Convert.ToInt64((await QueryAsync(sql, parameters))[0][0]);

    public async Task<int> ExecuteAsync(string sql, params (string Name, object Value)[] parameters)
    {
        await using var connection = NewConnection();
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = name;
            parameter.Value = value;
            command.Parameters.Add(parameter);
        }
        return await command.ExecuteNonQueryAsync();
    }
}

public sealed class SqliteDurabilityDatabase : DurabilityDatabase
{
    private readonly string folder = Directory.CreateTempSubdirectory("visitation-durability-").FullName;

    private string File => Path.Combine(folder, "visitation.db");

    public override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["Database:Provider"] = "Sqlite",
        ["ConnectionStrings:Sqlite"] = $"Data Source={File}",
    };

    public override Task CreateAsync() => Task.CompletedTask; // the host creates the file and migrates it

    protected override DbConnection NewConnection() => new SqliteConnection($"Data Source={File};Pooling=False");

    public override ValueTask DisposeAsync()
    {
        try { Directory.Delete(folder, recursive: true); } catch (IOException) { }
        return ValueTask.CompletedTask;
    }
}

public sealed class PostgresDurabilityDatabase : DurabilityDatabase
{
    private readonly string database = $"visitation_durability_{Guid.NewGuid():N}";

    private string ConnectionString => new NpgsqlConnectionStringBuilder(PostgresHostFixture.ServerConnectionString) { Database = database, Pooling = false }.ToString();

    public override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["Database:Provider"] = "Postgres",
        ["ConnectionStrings:Postgres"] = new NpgsqlConnectionStringBuilder(PostgresHostFixture.ServerConnectionString) { Database = database }.ToString(),
    };

    public override async Task CreateAsync() => await OnServerAsync($"CREATE DATABASE \"{database}\"");

    protected override DbConnection NewConnection() => new NpgsqlConnection(ConnectionString);

    public override async ValueTask DisposeAsync() => await OnServerAsync($"DROP DATABASE IF EXISTS \"{database}\" WITH (FORCE)");

    private static async Task OnServerAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(PostgresHostFixture.ServerConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
