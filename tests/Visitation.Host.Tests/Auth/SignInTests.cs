using System.Net;
using Visitation.Host.Tests.Infrastructure;

namespace Visitation.Host.Tests.Auth;

public abstract class SignInTests(HostFixture host)
{
    public sealed record Session(string Username, string DisplayName, List<string> Roles, string? KommuneCode, string? KommuneName);

    [Fact]
    public async Task Should_answer_401_problem_when_not_signed_in()
    {
        using var client = host.Client();

        await Problem.AssertAsync(await client.GetAsync("/api/auth/me"), HttpStatusCode.Unauthorized, "auth.required");
        await Problem.AssertAsync(await client.GetAsync("/api/users"), HttpStatusCode.Unauthorized, "auth.required");
        await Problem.AssertAsync(await client.PostAsync("/api/kommuner", new { code = "9999", name = "X" }), HttpStatusCode.Unauthorized, "auth.required");
    }

    [Fact]
    public async Task Should_return_user_roles_and_municipality_when_demo_user_signs_in()
    {
        using var client = host.Client();

        var session = await client.ReadAsync<Session>(await client.LoginAsync("Raadgiver@9901"));
        var me = await client.ReadAsync<Session>(await client.GetAsync("/api/auth/me"));

        Assert.Equal("raadgiver@9901", session.Username);
        Assert.Equal(["Raadgiver"], session.Roles);
        Assert.Equal("9901", session.KommuneCode);
        Assert.Equal("Demo Nord", session.KommuneName);
        Assert.Equal(session, me with { Roles = session.Roles });
        Assert.NotNull(client.XsrfToken);
    }

    [Fact]
    public async Task Should_refuse_in_the_callers_language_when_password_is_wrong()
    {
        using var client = host.Client();

        var danish = await Problem.AssertAsync(await client.LoginAsync("leder@9901", "forkert"), HttpStatusCode.Unauthorized, "auth.invalidCredentials");
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/auth/login")
        {
            Content = System.Net.Http.Json.JsonContent.Create(new { username = "nobody@9901", password = "x" }),
        };
        request.Headers.AcceptLanguage.ParseAdd("en");
        var english = await Problem.AssertAsync(await client.SendAsync(request), HttpStatusCode.Unauthorized, "auth.invalidCredentials");

        Assert.Equal("Brugernavn eller adgangskode er forkert.", danish[0].Message);
        Assert.Equal("The user name or password is wrong.", english[0].Message);
        await Problem.AssertAsync(await client.GetAsync("/api/auth/me"), HttpStatusCode.Unauthorized, "auth.required");
    }

    [Fact]
    public async Task Should_lock_the_account_when_the_password_is_wrong_five_times()
    {
        using var admin = await host.Client().SignedInAsync("administrator@9901");
        var username = $"laas-{Guid.NewGuid():N}@9901";
        await admin.ReadAsync<object>(await admin.PostAsync("/api/users",
            new { username, displayName = "Låst Test", password = "korrekt-hest-batteri", roles = new[] { "Raadgiver" } }), HttpStatusCode.Created);
        using var client = host.Client();

        for (var attempt = 1; attempt < 5; attempt++)
            await Problem.AssertAsync(await client.LoginAsync(username, "forkert"), HttpStatusCode.Unauthorized, "auth.invalidCredentials");
        await Problem.AssertAsync(await client.LoginAsync(username, "forkert"), (HttpStatusCode)423, "auth.lockedOut");

        await Problem.AssertAsync(await client.LoginAsync(username, "korrekt-hest-batteri"), (HttpStatusCode)423, "auth.lockedOut");
    }

    [Fact]
    public async Task Should_end_the_session_when_user_signs_out()
    {
        using var client = await host.Client().SignedInAsync("oekonomi@9902");

        var response = await client.PostAsync("/api/auth/logout", null);

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        await Problem.AssertAsync(await client.GetAsync("/api/auth/me"), HttpStatusCode.Unauthorized, "auth.required");
    }

    [Fact]
    public async Task Should_locate_the_error_when_the_sign_in_body_is_not_json()
    {
        using var client = host.Client();

        await Problem.AssertAsync(await client.PostRawAsync("/api/auth/login", "{\"username\": "), HttpStatusCode.BadRequest, "body.invalidJson");
        await Problem.AssertAsync(await client.PostAsync("/api/auth/login", new { username = "" }), HttpStatusCode.BadRequest, "field.required", "/username");
    }
}

[Collection(SqliteCollection.Name)]
public sealed class SignInTestsOnSqlite(SqliteHostFixture host) : SignInTests(host);

[Collection(PostgresCollection.Name)]
public sealed class SignInTestsOnPostgres(PostgresHostFixture host) : SignInTests(host);
