using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using Visitation.Host.Tests.Infrastructure;
using Visitation.Host.Tests.Kommuner;

namespace Visitation.Host.Tests.Auth;

/// <summary>
/// A session lives on the server: a copied cookie is worth nothing once its session has ended, whether the user
/// signed out, was deactivated, got other roles or a new password, or the session simply grew too old or idle.
/// </summary>
public abstract class SessionTests(HostFixture host)
{
    [Fact]
    public async Task Should_refuse_a_cookie_copied_before_sign_out()
    {
        using var user = await host.Client().SignedInAsync("oekonomi@9901");
        var copied = await CookieHeaderAsync(user);

        Assert.Equal(HttpStatusCode.NoContent, (await user.PostAsync("/api/auth/logout", null)).StatusCode);

        await Problem.AssertAsync(await ReplayAsync(host.Factory, copied), HttpStatusCode.Unauthorized, "auth.required");
    }

    [Fact]
    public async Task Should_end_every_session_of_a_user_at_once_when_deactivated_and_allow_sign_in_after_reactivation()
    {
        using var installation = await host.Client().SignedInAsync("admin");
        var (code, _, administrator) = await KommuneApi.NewMunicipalityAsync(host, installation);
        var (userName, first) = await KommuneApi.UserAsync(host, administrator, code, "Raadgiver");
        using var second = await host.Client().SignedInAsync(userName, KommuneApi.Password);
        var id = await UserIdAsync(administrator, userName);

        Assert.Equal(HttpStatusCode.OK, (await administrator.PostAsync($"/api/users/{id}/deactivate", new { reason = "Fratrådt" })).StatusCode);

        await Problem.AssertAsync(await first.GetAsync("/api/auth/me"), HttpStatusCode.Unauthorized, "auth.required");
        await Problem.AssertAsync(await second.GetAsync("/api/tasks"), HttpStatusCode.Unauthorized, "auth.required");
        await Problem.AssertAsync(await host.Client().LoginAsync(userName, KommuneApi.Password), HttpStatusCode.Unauthorized, "auth.invalidCredentials");

        Assert.Equal(HttpStatusCode.OK, (await administrator.PostAsync($"/api/users/{id}/reactivate", new { reason = "Genansat" })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await host.Client().LoginAsync(userName, KommuneApi.Password)).StatusCode);
    }

    [Fact]
    public async Task Should_end_the_sessions_when_roles_change_or_the_password_is_reset()
    {
        using var installation = await host.Client().SignedInAsync("admin");
        var (code, _, administrator) = await KommuneApi.NewMunicipalityAsync(host, installation);
        var (userName, before) = await KommuneApi.UserAsync(host, administrator, code, "Raadgiver");
        var id = await UserIdAsync(administrator, userName);

        Assert.Equal(HttpStatusCode.OK, (await administrator.SendAsync(HttpMethod.Put, $"/api/users/{id}/roles", new { roles = new[] { "Leder" }, reason = "Ny stilling" })).StatusCode);

        await Problem.AssertAsync(await before.GetAsync("/api/auth/me"), HttpStatusCode.Unauthorized, "auth.required");
        using var after = await host.Client().SignedInAsync(userName, KommuneApi.Password);
        Assert.Contains("\"Leder\"", await (await after.GetAsync("/api/auth/me")).Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, (await administrator.PostAsync($"/api/users/{id}/password", new { password = "helt-ny-adgangskode", reason = "Glemt" })).StatusCode);

        await Problem.AssertAsync(await after.GetAsync("/api/auth/me"), HttpStatusCode.Unauthorized, "auth.required");
        await Problem.AssertAsync(await host.Client().LoginAsync(userName, KommuneApi.Password), HttpStatusCode.Unauthorized, "auth.invalidCredentials");
        Assert.Equal(HttpStatusCode.OK, (await host.Client().LoginAsync(userName, "helt-ny-adgangskode")).StatusCode);
    }

    [Fact]
    public async Task Should_end_a_session_after_its_absolute_lifetime_however_active_and_after_idling()
    {
        var clock = new ManualClock(TestCalendar.Now);
        await using var factory = host.CreateFactory(host.OwnDatabase(), clock: clock);
        ApiClient NewClient() => new(factory.CreateClient(new WebApplicationFactoryClientOptions { HandleCookies = true }));
        using var active = await NewClient().SignedInAsync("leder@9902");
        using var idle = await NewClient().SignedInAsync("oekonomi@9902");

        clock.Advance(TimeSpan.FromMinutes(20));
        Assert.Equal(HttpStatusCode.OK, (await active.GetAsync("/api/auth/me")).StatusCode);
        clock.Advance(TimeSpan.FromMinutes(11));
        await Problem.AssertAsync(await idle.GetAsync("/api/auth/me"), HttpStatusCode.Unauthorized, "auth.required");

        // A request every twenty minutes keeps the session for a working day, then it ends.
        var lastAnswer = HttpStatusCode.OK;
        var minutes = 31;
        for (; minutes <= 12 * 60 + 20 && lastAnswer == HttpStatusCode.OK; minutes += 20)
        {
            lastAnswer = (await active.GetAsync("/api/auth/me")).StatusCode;
            clock.Advance(TimeSpan.FromMinutes(20));
        }
        Assert.Equal(HttpStatusCode.Unauthorized, lastAnswer);
        Assert.True(minutes > 11 * 60, $"The session ended after {minutes} minutes.");
    }

    private static async Task<string> CookieHeaderAsync(ApiClient client) =>
        string.Join("; ", (await client.Http.GetAsync("/api/auth/me")).RequestMessage!.Headers.GetValues("Cookie"));

    private static Task<HttpResponseMessage> ReplayAsync(WebApplicationFactory<Program> factory, string cookies)
    {
        var other = factory.CreateClient(new WebApplicationFactoryClientOptions { HandleCookies = false });
        var request = new HttpRequestMessage(HttpMethod.Get, "/api/auth/me");
        request.Headers.Add("Cookie", cookies);
        return other.SendAsync(request);
    }

    public static async Task<Guid> UserIdAsync(ApiClient administrator, string userName)
    {
        var users = await administrator.ReadAsync<List<System.Text.Json.Nodes.JsonObject>>(await administrator.GetAsync("/api/users"));
        return users.Single(u => (string?)u["username"] == userName)["id"]!.GetValue<Guid>();
    }
}

[Collection(SqliteCollection.Name)]
public sealed class SessionTestsOnSqlite(SqliteHostFixture host) : SessionTests(host);

[Collection(PostgresCollection.Name)]
public sealed class SessionTestsOnPostgres(PostgresHostFixture host) : SessionTests(host);
