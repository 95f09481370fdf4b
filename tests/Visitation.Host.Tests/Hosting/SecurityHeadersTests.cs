using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using Visitation.Host.Tests.Infrastructure;

namespace Visitation.Host.Tests.Hosting;

/// <summary>What a browser is told about the host's pages, cookies and API outside Development.</summary>
public abstract class SecurityHeadersTests(HostFixture host)
{
    [Theory]
    [InlineData("/")]
    [InlineData("/api/auth/providers")]
    [InlineData("/api/findes-ikke")]
    public async Task Should_send_the_security_headers_on_pages_and_api_answers(string path)
    {
        using var client = host.Client();

        var response = await client.GetAsync(path);

        var csp = Header(response, "Content-Security-Policy");
        var directives = csp.Split(';', StringSplitOptions.TrimEntries);
        var scripts = Assert.Single(directives, d => d.StartsWith("script-src ", StringComparison.Ordinal));
        Assert.Contains("'self'", scripts);
        Assert.DoesNotContain("'unsafe-inline'", scripts);
        Assert.Contains("frame-ancestors 'none'", csp);
        Assert.Contains("object-src 'none'", csp);
        Assert.Equal("nosniff", Header(response, "X-Content-Type-Options"));
        Assert.Equal("no-referrer", Header(response, "Referrer-Policy"));
    }

    [Fact]
    public async Task Should_require_https_for_a_year_over_https_outside_development()
    {
        using var client = host.Factory.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://visitation.example") });

        var response = await client.GetAsync("/api/auth/providers");

        Assert.Contains("max-age=31536000", Header(response, "Strict-Transport-Security"));
    }

    [Fact]
    public async Task Should_mark_the_session_and_xsrf_cookies_secure_outside_development_even_over_plain_http()
    {
        // Over plain HTTP too (TLS ended at a proxy): only the fixture's test client turns Secure off, this host keeps the default.
        using var factoryClient = host.CreateFactory(new Dictionary<string, string?>(host.OwnDatabase()) { ["Auth:SecureCookies"] = null })
            .CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("http://visitation.example"), HandleCookies = false });

        var response = await factoryClient.PostAsync("/api/auth/login", System.Net.Http.Json.JsonContent.Create(new { username = "leder@9901", password = "demo" }));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var cookies = response.Headers.GetValues("Set-Cookie").ToList();
        foreach (var name in new[] { ".Visitation.Session=", "XSRF-TOKEN=" })
            Assert.Contains(cookies, c => c.StartsWith(name, StringComparison.Ordinal) && c.Contains("; secure", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task Should_show_the_api_description_only_to_a_signed_in_user_outside_development()
    {
        using var anonymous = host.Client();
        using var caseworker = await host.Client().SignedInAsync("raadgiver@9901");

        await Problem.AssertAsync(await anonymous.GetAsync("/swagger/v1/swagger.json"), HttpStatusCode.Unauthorized, "auth.required");
        await Problem.AssertAsync(await anonymous.GetAsync("/swagger/index.html"), HttpStatusCode.Unauthorized, "auth.required");
        Assert.Equal(HttpStatusCode.OK, (await caseworker.GetAsync("/swagger/v1/swagger.json")).StatusCode);
    }

    private static string Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) ? string.Join(", ", values)
        : response.Content.Headers.TryGetValues(name, out var content) ? string.Join(", ", content)
        : "";
}

[Collection(SqliteCollection.Name)]
public sealed class SecurityHeadersTestsOnSqlite(SqliteHostFixture host) : SecurityHeadersTests(host);

[Collection(PostgresCollection.Name)]
public sealed class SecurityHeadersTestsOnPostgres(PostgresHostFixture host) : SecurityHeadersTests(host);
