using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Serilog.Core;
using Visitation.Host.Tests.Infrastructure;

namespace Visitation.Host.Tests.Sager;

public abstract class CprLoggingTests(HostFixture host)
{
    [Fact]
    public async Task Should_write_no_cpr_digits_to_any_log_line_when_cpr_numbers_are_checked()
    {
        // Arrange: a host (on its own database where SQLite allows only one node per file) that logs everything, down to Debug, into a sink we read.
        var sink = new LogCapture();
        await using var factory = host.CreateFactory(new Dictionary<string, string?>(host.OwnDatabase())
            {
                ["Serilog:MinimumLevel:Default"] = "Debug",
                ["Serilog:MinimumLevel:Override:Microsoft.AspNetCore"] = "Debug",
            })
            .WithWebHostBuilder(builder => builder.ConfigureServices(services => services.AddSingleton<ILogEventSink>(sink)));
        using var client = await new ApiClient(factory.CreateClient(new WebApplicationFactoryClientOptions { HandleCookies = true }))
            .SignedInAsync("raadgiver@9902");

        // Act
        Assert.Equal(HttpStatusCode.OK, (await client.PostAsync("/api/cpr/check", new { cpr = "170312-4417" })).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await client.PostAsync("/api/cpr/check", new { cpr = "300212-4417" })).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await client.PostRawAsync("/api/cpr/check", """{"cpr":3002124417}""")).StatusCode);

        // Assert
        // The sink sees this host's request logs (the hosting diagnostics name the path of each request).
        Assert.Contains(sink.Lines, line => line.Contains("/api/cpr/check", StringComparison.Ordinal));
        Assert.All(sink.Lines, line =>
        {
            // Whole numbers, with and without the dash: a bare four-digit serial also turns up in request ids and timings.
            foreach (var number in new[] { "170312-4417", "1703124417", "300212-4417", "3002124417" })
                Assert.DoesNotContain(number, line);
        });
    }
}

/// <summary>
/// Serilog's static logger is the one of the host built last, so a host's log lines can only be captured
/// while no other host starts: these tests run alone, after the parallel collections.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class CprLoggingCollection : ICollectionFixture<SqliteHostFixture>, ICollectionFixture<PostgresHostFixture>
{
    public const string Name = "CPR logging";
}

[Collection(CprLoggingCollection.Name)]
public sealed class CprLoggingTestsOnSqlite(SqliteHostFixture host) : CprLoggingTests(host);

[Collection(CprLoggingCollection.Name)]
public sealed class CprLoggingTestsOnPostgres(PostgresHostFixture host) : CprLoggingTests(host);
