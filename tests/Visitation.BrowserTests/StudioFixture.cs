using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Visitation.BrowserTests;

/// <summary>
/// Starts the real host on a Kestrel port on 127.0.0.1 with a throw-away SQLite file and the demo
/// data, and one headless Chromium (Debian's, since Playwright cannot download its own here).
/// </summary>
/// <remarks>
/// Set <c>VISITATION_BASE_URL</c> (e.g. <c>http://127.0.0.1:5080</c>) to run the tests against a host
/// that is already running instead; it must have the demo data.
/// </remarks>
public sealed class StudioFixture : IAsyncLifetime
{
    private static readonly string[] ChromiumArgs =
    [
        "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run",
    ];

    private readonly string _databaseFile =
        Path.Combine(Path.GetTempPath(), $"visitation-browser-{Guid.NewGuid():N}.db");

    private HostFactory? _host;
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public Uri BaseAddress { get; private set; } = null!;

    /// <summary>The host's clock, which a journey may move forward to a day that has not come yet.</summary>
    public StudioClock Clock { get; } = new();

    /// <summary>The host's services, for benchmarks that lay down data in bulk; null against an already running host.</summary>
    public IServiceProvider? Services => _host?.Services;

    public async Task InitializeAsync()
    {
        var runningHost = Environment.GetEnvironmentVariable("VISITATION_BASE_URL");
        if (string.IsNullOrWhiteSpace(runningHost))
        {
            _host = new HostFactory(_databaseFile, Clock);
            _host.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
            _host.StartServer();
            var addresses = _host.Services.GetRequiredService<IServer>().Features
                .GetRequiredFeature<IServerAddressesFeature>().Addresses;
            BaseAddress = new Uri(addresses.First(a => a.StartsWith("http://", StringComparison.Ordinal)));
        }
        else
        {
            BaseAddress = new Uri(runningHost);
        }

        // A shared CI machine under load can take longer than Playwright's 5 s to draw a large flow; waiting longer
        // changes no verdict, it only keeps a slow moment from reading as a failure. Speed is measured in benchmarks/.
        Assertions.SetDefaultExpectTimeout(15_000);
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Environment.GetEnvironmentVariable("VISITATION_CHROMIUM") ?? "/usr/bin/chromium",
            Headless = true,
            Args = ChromiumArgs,
        });
    }

    /// <summary>A fresh page in its own context (own cookies and storage), Danish browser, 1280 px wide.</summary>
    public async Task<IPage> NewPageAsync(int width = 1280, int height = 800)
    {
        var context = await _browser!.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = BaseAddress.ToString(),
            Locale = "da-DK",
            ViewportSize = new ViewportSize { Width = width, Height = height },
        });
        context.SetDefaultTimeout(15_000);
        return await context.NewPageAsync();
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null) await _browser.CloseAsync();
        _playwright?.Dispose();
        if (_host is not null) await _host.DisposeAsync();
        foreach (var suffix in new[] { "", "-wal", "-shm" })
        {
            try { File.Delete(_databaseFile + suffix); }
            catch (IOException) { /* still open by a pooled connection; the temp folder is cleaned anyway */ }
        }
    }

    private sealed class HostFactory(string databaseFile, StudioClock clock) : WebApplicationFactory<global::Program>
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.UseEnvironment("Development");
            builder.UseSetting("Database:Provider", "Sqlite");
            builder.UseSetting("ConnectionStrings:Sqlite", $"Data Source={databaseFile}");
            builder.UseSetting("Seed:Demo", "true");
            // The browser tests sign the same demo users in many times a minute from one address.
            builder.UseSetting("Auth:SignInLimits:PerClientPerMinute", "100000");
            builder.UseSetting("Auth:SignInLimits:PerAccountPerMinute", "100000");
            // A journey that moves the clock to a later day keeps its signed-in users.
            builder.UseSetting("Auth:IdleTimeoutMinutes", "43200");
            builder.UseSetting("Auth:AbsoluteLifetimeHours", "720");
            builder.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(clock));
        }
    }
}

[CollectionDefinition(Name)]
public sealed class StudioCollection : ICollectionFixture<StudioFixture>
{
    public const string Name = "Studio";
}
