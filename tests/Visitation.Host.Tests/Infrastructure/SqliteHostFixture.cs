namespace Visitation.Host.Tests.Infrastructure;

public sealed class SqliteHostFixture : HostFixture
{
    private readonly string folder = Directory.CreateTempSubdirectory("visitation-test-").FullName;

    public override string Provider => "Sqlite";

    public override IReadOnlyDictionary<string, string?> DatabaseSettings => new Dictionary<string, string?>
    {
        ["Database:Provider"] = "Sqlite",
        ["ConnectionStrings:Sqlite"] = $"Data Source={Path.Combine(folder, "visitation.db")}",
    };

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
