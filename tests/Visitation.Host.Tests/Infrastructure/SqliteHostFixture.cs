namespace Visitation.Host.Tests.Infrastructure;

public sealed class SqliteHostFixture : HostFixture
{
    private readonly string folder = Directory.CreateTempSubdirectory("visitation-test-").FullName;

    public override string Provider => "Sqlite";

    public override IReadOnlyDictionary<string, string?> DatabaseSettings => new Dictionary<string, string?>
    {
        ["Database:Provider"] = "Sqlite",
        ["ConnectionStrings:Sqlite"] = $"Data Source={DatabaseFile}",
    };

    public string DatabaseFile => Path.Combine(folder, "visitation.db");

    public override bool SeveralNodes => false;

    public override IReadOnlyDictionary<string, string?> OwnDatabase() => new Dictionary<string, string?>
    {
        ["ConnectionStrings:Sqlite"] = $"Data Source={Path.Combine(folder, $"own-{Guid.NewGuid():N}.db")}",
    };

    /// <summary>A consistent copy of the fixture's database in a new file (e.g. the same data on another machine).</summary>
    public IReadOnlyDictionary<string, string?> CopyOfDatabase()
    {
        var copy = Path.Combine(folder, $"copy-{Guid.NewGuid():N}.db");
        using (var source = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={DatabaseFile};Pooling=False"))
        using (var target = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={copy};Pooling=False"))
        {
            source.Open();
            target.Open();
            source.BackupDatabase(target); // SQLite's online backup: a consistent snapshot while the host runs
        }
        return new Dictionary<string, string?> { ["ConnectionStrings:Sqlite"] = $"Data Source={copy}" };
    }

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(folder, recursive: true);
    }
}

[CollectionDefinition(Name)]
public sealed class SqliteCollection : ICollectionFixture<SqliteHostFixture>
{
    public const string Name = "Sqlite host";
}
