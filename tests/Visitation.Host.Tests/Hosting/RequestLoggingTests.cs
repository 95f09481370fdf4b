using System.Globalization;
using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Serilog.Core;
using Serilog.Events;
using Visitation.Host.Tests.Infrastructure;
using Visitation.Host.Tests.Sager;

namespace Visitation.Host.Tests.Hosting;

/// <summary>
/// An operator reads the log to find real faults: a refusal is logged as the refusal it is, with the status the
/// client got, and a fresh installation starts without a single error line.
/// </summary>
public abstract class RequestLoggingTests(HostFixture host)
{
    // Refused access is a Warning, for whoever watches for attacks; the client's own mistakes are Information.
    [Fact]
    public async Task Should_log_refusals_with_their_status_and_no_error_or_stack_trace()
    {
        // Arrange: a fresh database, so the start is a first start; everything from Information up is captured.
        var sink = new LogCapture();
        await using var factory = host.CreateFactory(new Dictionary<string, string?>(await host.SeparateDatabaseAsync())
            {
                ["Serilog:MinimumLevel:Default"] = "Information",
                ["Serilog:MinimumLevel:Override:Microsoft.AspNetCore"] = "Information",
            })
            .WithWebHostBuilder(builder => builder.ConfigureServices(services => services.AddSingleton<ILogEventSink>(sink)));
        using var anonymous = new ApiClient(factory.CreateClient(new WebApplicationFactoryClientOptions { HandleCookies = true }));
        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync("/health")).StatusCode);
        NoErrors(sink);
        using var caseworker = await new ApiClient(factory.CreateClient(new WebApplicationFactoryClientOptions { HandleCookies = true }))
            .SignedInAsync("raadgiver@9901");
        using var installation = await new ApiClient(factory.CreateClient(new WebApplicationFactoryClientOptions { HandleCookies = true }))
            .SignedInAsync("admin");

        // Act: one refusal of each kind a client meets every day.
        var missingCase = $"/api/cases/{Guid.NewGuid()}";
        await Problem.AssertAsync(await anonymous.GetAsync("/api/users"), HttpStatusCode.Unauthorized, "auth.required");
        await Problem.AssertAsync(await anonymous.LoginAsync("leder@9901", "forkert"), HttpStatusCode.Unauthorized, "auth.invalidCredentials");
        await Problem.AssertAsync(await caseworker.PostRawAsync("/api/cpr/check", "{\"cpr\": "), HttpStatusCode.BadRequest, "body.invalidJson");
        await Problem.AssertAsync(await caseworker.GetAsync("/api/users"), HttpStatusCode.Forbidden, "auth.forbidden");
        Assert.Equal(HttpStatusCode.NotFound, (await caseworker.GetAsync(missingCase)).StatusCode);
        await Problem.AssertAsync(await installation.PostAsync("/api/kommuner", new { code = "9901", name = "Demo Nord igen" }), HttpStatusCode.Conflict, "kommune.codeTaken");

        // Assert
        NoErrors(sink);
        Assert.DoesNotContain(sink.Events, e => e.Exception is not null);
        foreach (var (method, path, status) in new[]
                 {
                     ("GET", "/api/users", 401), ("POST", "/api/auth/login", 401), ("POST", "/api/cpr/check", 400),
                     ("GET", "/api/users", 403), ("GET", missingCase, 404), ("POST", "/api/kommuner", 409),
                 })
        {
            Assert.Contains(sink.Events, e => e.MessageTemplate.Text.StartsWith("HTTP ", StringComparison.Ordinal)
                                              && Property(e, "RequestMethod") == method && Property(e, "RequestPath") == path
                                              && Property(e, "StatusCode") == status.ToString(CultureInfo.InvariantCulture)
                                              && e.Level == (status is 401 or 403 ? LogEventLevel.Warning : LogEventLevel.Information));
        }
    }

    private static void NoErrors(LogCapture sink)
    {
        var errors = sink.Events.Where(e => e.Level >= LogEventLevel.Error).Select(e => e.RenderMessage(CultureInfo.InvariantCulture)).ToList();
        Assert.True(errors.Count == 0, string.Join("\n", errors));
    }

    private static string? Property(LogEvent logEvent, string name) =>
        logEvent.Properties.TryGetValue(name, out var value) ? (value as ScalarValue)?.Value?.ToString() : null;
}

[Collection(CprLoggingCollection.Name)]
public sealed class RequestLoggingTestsOnSqlite(SqliteHostFixture host) : RequestLoggingTests(host);

[Collection(CprLoggingCollection.Name)]
public sealed class RequestLoggingTestsOnPostgres(PostgresHostFixture host) : RequestLoggingTests(host);
