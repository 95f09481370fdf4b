using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc.Testing;
using Visitation.Host.Tests.Infrastructure;

namespace Visitation.Host.Tests.Hosting;

public abstract class HostTests(HostFixture host)
{
    [Fact]
    public async Task Should_report_healthy_when_the_database_is_reachable()
    {
        using var client = host.Client();

        var response = await client.GetAsync("/health");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Should_accept_a_session_from_another_node_on_the_same_database()
    {
        using var first = await host.Client().SignedInAsync("leder@9901");
        using var secondNode = host.CreateFactory().CreateClient(new WebApplicationFactoryClientOptions { HandleCookies = false });
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
        using var client = await host.Client().SignedInAsync("leder@9902");

        await Problem.AssertAsync(await client.GetAsync("/api/findes-ikke"), HttpStatusCode.NotFound, "http.404");
    }

    [Fact]
    public void Should_refuse_to_start_when_demo_data_is_asked_for_in_production()
    {
        var factory = host.CreateFactory(environment: "Production");

        var failure = Assert.ThrowsAny<Exception>(() => factory.CreateClient());

        Assert.Contains("Seed:Demo", failure.ToString());
    }

    [Fact]
    public async Task Should_not_expose_swagger_when_it_is_switched_off()
    {
        using var client = host.CreateFactory(new Dictionary<string, string?> { ["Swagger:Enabled"] = "false" }).CreateClient();

        var response = await client.GetAsync("/swagger/v1/swagger.json");

        Assert.NotEqual(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain("openapi", await response.Content.ReadAsStringAsync());
    }
}

[Collection(SqliteCollection.Name)]
public sealed class HostTestsOnSqlite(SqliteHostFixture host) : HostTests(host);

[Collection(PostgresCollection.Name)]
public sealed class HostTestsOnPostgres(PostgresHostFixture host) : HostTests(host);
