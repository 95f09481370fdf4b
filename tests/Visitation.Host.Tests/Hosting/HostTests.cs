using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc.Testing;
using Visitation.Host.Tests.Infrastructure;

namespace Visitation.Host.Tests.Hosting;

public abstract class HostTests(HostFixture host)
{
    protected HostFixture Host { get; } = host;

    [Fact]
    public async Task Should_report_healthy_when_the_database_is_reachable()
    {
        using var client = Host.Client();

        var response = await client.GetAsync("/health");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Should_accept_a_session_from_another_node_on_the_same_database()
    {
        using var first = await Host.Client().SignedInAsync("leder@9901");
        // SQLite runs one node per database file, so there the other node runs on a copy of the database: what
        // matters is that the cookie keys travel with the database, not with the process.
        var otherNode = Host is SqliteHostFixture sqlite ? Host.CreateFactory(sqlite.CopyOfDatabase()) : Host.CreateFactory();
        using var secondNode = otherNode.CreateClient(new WebApplicationFactoryClientOptions { HandleCookies = false });
        var cookies = string.Join("; ", (await first.Http.GetAsync("/api/auth/me")).RequestMessage!.Headers.GetValues("Cookie"));

        var request = new HttpRequestMessage(HttpMethod.Get, "/api/auth/me");
        request.Headers.Add("Cookie", cookies);
        var response = await secondNode.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("leder@9901", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Should_answer_404_problem_when_an_api_route_does_not_exist()
    {
        using var client = await Host.Client().SignedInAsync("leder@9902");

        await Problem.AssertAsync(await client.GetAsync("/api/findes-ikke"), HttpStatusCode.NotFound, "http.404");
    }

    [Fact]
    public void Should_refuse_to_start_when_demo_data_is_asked_for_in_production()
    {
        var factory = Host.CreateFactory(Host.OwnDatabase(), environment: "Production");

        var failure = Assert.ThrowsAny<Exception>(() => factory.CreateClient());

        Assert.Contains("Seed:Demo", failure.ToString());
    }

    [Fact]
    public async Task Should_not_expose_swagger_when_it_is_switched_off()
    {
        using var client = Host.CreateFactory(new Dictionary<string, string?>(Host.OwnDatabase()) { ["Swagger:Enabled"] = "false" }).CreateClient();

        var response = await client.GetAsync("/swagger/v1/swagger.json");

        Assert.NotEqual(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain("openapi", await response.Content.ReadAsStringAsync());
    }
}

[Collection(SqliteCollection.Name)]
public sealed class HostTestsOnSqlite(SqliteHostFixture host) : HostTests(host)
{
    [Fact]
    public void Should_refuse_to_start_a_second_node_on_the_same_sqlite_file()
    {
        var factory = Host.CreateFactory();

        var failure = Assert.ThrowsAny<Exception>(() => factory.CreateClient());

        Assert.Contains("Another Visitation host is already running on the SQLite database", failure.ToString());
        Assert.Contains("Database:Provider=Postgres", failure.ToString());
    }

    [Fact]
    public async Task Should_start_again_on_the_same_sqlite_file_once_the_first_node_has_stopped()
    {
        var settings = Host.OwnDatabase();
        var first = Host.CreateFactory(settings);
        using (var client = first.CreateClient()) (await client.GetAsync("/health")).EnsureSuccessStatusCode();
        await first.DisposeAsync();

        using var again = Host.CreateFactory(settings).CreateClient();

        Assert.Equal(HttpStatusCode.OK, (await again.GetAsync("/health")).StatusCode);
    }
}

[Collection(PostgresCollection.Name)]
public sealed class HostTestsOnPostgres(PostgresHostFixture host) : HostTests(host);
