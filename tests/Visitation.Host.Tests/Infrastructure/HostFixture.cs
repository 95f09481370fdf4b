using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Visitation.Host.Tests.Infrastructure;

/// <summary>
/// The real host with a real database, demo data seeded. One per provider and test collection; each test
/// creates what it changes under its own names, so tests can share the database.
/// </summary>
public abstract class HostFixture : IAsyncLifetime
{
    private readonly List<WebApplicationFactory<Program>> factories = [];

    public WebApplicationFactory<Program> Factory { get; private set; } = null!;

    public abstract string Provider { get; }

    /// <summary>The settings that point a host at this fixture's database.</summary>
    public abstract IReadOnlyDictionary<string, string?> DatabaseSettings { get; }

    public virtual async Task InitializeAsync()
    {
        Factory = CreateFactory();
        using var client = Factory.CreateClient();
        (await client.GetAsync("/health")).EnsureSuccessStatusCode();
    }

    /// <summary>Whether several hosts may run on this fixture's database at once (PostgreSQL yes, SQLite no).</summary>
    public virtual bool SeveralNodes => true;

    /// <summary>
    /// Settings for a host that must not share this fixture's running host's database file: on SQLite a fresh
    /// file, on PostgreSQL nothing (several nodes may share the database).
    /// </summary>
    public virtual IReadOnlyDictionary<string, string?> OwnDatabase() => new Dictionary<string, string?>();

    /// <summary>
    /// Settings for a host on a fresh database that no other test sees, on both providers: for tests that run jobs
    /// over every municipality at a moved clock, which would otherwise touch other tests' tasks.
    /// </summary>
    public virtual Task<IReadOnlyDictionary<string, string?>> SeparateDatabaseAsync() => Task.FromResult(OwnDatabase());

    /// <summary>
    /// Another host on the same database (e.g. a second node), unless <paramref name="overrides"/> say otherwise; on
    /// <paramref name="clock"/>, or else on <see cref="TestCalendar"/>.
    /// </summary>
    public WebApplicationFactory<Program> CreateFactory(IReadOnlyDictionary<string, string?>? overrides = null, string environment = "Testing",
        TimeProvider? clock = null)
    {
        var settings = new Dictionary<string, string?>(DatabaseSettings)
        {
            ["Seed:Demo"] = "true",
            ["Serilog:MinimumLevel:Default"] = "Warning",
            // The test client speaks plain HTTP, and a cookie marked Secure would not come back over it.
            ["Auth:SecureCookies"] = "false",
            // Every test signs in from the one test client, often as the same demo users; SignInRateLimitTests checks the defaults.
            ["Auth:SignInLimits:PerClientPerMinute"] = "100000",
            ["Auth:SignInLimits:PerAccountPerMinute"] = "100000",
        };
        foreach (var (key, value) in overrides ?? new Dictionary<string, string?>()) settings[key] = value;
        var factory = new WebApplicationFactory<Program>().WithWebHostBuilder(host =>
        {
            host.UseEnvironment(environment);
            foreach (var (key, value) in settings) host.UseSetting(key, value);
            host.ConfigureAppConfiguration(config => config.AddInMemoryCollection(settings));
            host.ConfigureTestServices(services => services.AddSingleton(clock ?? TestCalendar.Clock));
        });
        factories.Add(factory);
        return factory;
    }

    public ApiClient Client() => new(Factory.CreateClient(new WebApplicationFactoryClientOptions { HandleCookies = true }));

    public virtual async Task DisposeAsync()
    {
        foreach (var factory in factories) await factory.DisposeAsync();
    }
}
