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
    public async Task Should_lock_the_account_after_five_wrong_passwords_and_answer_as_for_a_wrong_password()
    {
        using var admin = await host.Client().SignedInAsync("administrator@9901");
        var username = $"laas-{Guid.NewGuid():N}@9901";
        await admin.ReadAsync<object>(await admin.PostAsync("/api/users",
            new { username, displayName = "Låst Test", password = "korrekt-hest-batteri", roles = new[] { "Raadgiver" } }), HttpStatusCode.Created);
        using var client = host.Client();

        for (var attempt = 1; attempt <= 5; attempt++)
            await Problem.AssertAsync(await client.LoginAsync(username, "forkert"), HttpStatusCode.Unauthorized, "auth.invalidCredentials");

        // Locked: the right password is refused too, with the answer an unknown user or a wrong password gets.
        var locked = await client.LoginAsync(username, "korrekt-hest-batteri");
        var unknown = await client.LoginAsync($"findes-ikke-{Guid.NewGuid():N}@9901", "korrekt-hest-batteri");
        await Problem.AssertAsync(locked, HttpStatusCode.Unauthorized, "auth.invalidCredentials");
        Assert.Equal(await Comparable(unknown), await Comparable(locked));
    }

    [Fact]
    public async Task Should_check_no_more_guesses_than_the_limit_when_wrong_passwords_arrive_in_parallel()
    {
        using var admin = await host.Client().SignedInAsync("administrator@9901");
        var username = $"parallel-{Guid.NewGuid():N}@9901";
        await admin.ReadAsync<object>(await admin.PostAsync("/api/users",
            new { username, displayName = "Parallel Test", password = "korrekt-hest-batteri", roles = new[] { "Raadgiver" } }), HttpStatusCode.Created);

        // 25 wrong guesses at once, then the right password: had the counter lost some of the 25 failures, the
        // account would not be locked and the right password would get in.
        var wrong = await Task.WhenAll(Enumerable.Range(0, 25).Select(async i =>
        {
            using var client = host.Client();
            return (await client.LoginAsync(username, $"forkert-{i}")).StatusCode;
        }));
        using var owner = host.Client();
        var right = await owner.LoginAsync(username, "korrekt-hest-batteri");

        Assert.All(wrong, status => Assert.Equal(HttpStatusCode.Unauthorized, status));
        await Problem.AssertAsync(right, HttpStatusCode.Unauthorized, "auth.invalidCredentials");
    }

    [Fact]
    public async Task Should_refuse_a_large_sign_in_body_without_reading_it()
    {
        using var client = host.Client();
        var padding = new string('a', 64 * 1024);

        var response = await client.PostRawAsync("/api/auth/login", "{\"username\":\"leder@9901\",\"password\":\"demo\",\"x\":\"" + padding + "\"}");

        await Problem.AssertAsync(response, HttpStatusCode.RequestEntityTooLarge, "body.tooLarge");
    }

    /// <summary>The refusal's body without its per-request trace id.</summary>
    private static async Task<string> Comparable(HttpResponseMessage response)
    {
        var node = System.Text.Json.Nodes.JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();
        node.Remove("traceId");
        return $"{(int)response.StatusCode} {node.ToJsonString()}";
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
