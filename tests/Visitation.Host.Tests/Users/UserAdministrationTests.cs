using System.Net;
using System.Text.Json.Nodes;
using Visitation.Host.Tests.Auth;
using Visitation.Host.Tests.Infrastructure;
using Visitation.Host.Tests.Kommuner;

namespace Visitation.Host.Tests.Users;

/// <summary>An administrator deactivates, reactivates, unlocks and re-roles the municipality's users, never themselves, and every such act is on record.</summary>
public abstract class UserAdministrationTests(HostFixture host)
{
    [Fact]
    public async Task Should_let_a_locked_out_user_in_at_once_when_the_administrator_unlocks_the_account()
    {
        using var installation = await host.Client().SignedInAsync("admin");
        var (code, _, administrator) = await KommuneApi.NewMunicipalityAsync(host, installation);
        var (userName, _) = await KommuneApi.UserAsync(host, administrator, code, "Leder");
        var id = await SessionTests.UserIdAsync(administrator, userName);
        for (var attempt = 0; attempt < 6; attempt++) await host.Client().LoginAsync(userName, "forkert");
        await Problem.AssertAsync(await host.Client().LoginAsync(userName, KommuneApi.Password), HttpStatusCode.Unauthorized, "auth.invalidCredentials");

        Assert.Equal(HttpStatusCode.OK, (await administrator.PostAsync($"/api/users/{id}/unlock", new { reason = "Ringede" })).StatusCode);

        Assert.Equal(HttpStatusCode.OK, (await host.Client().LoginAsync(userName, KommuneApi.Password)).StatusCode);
    }

    [Fact]
    public async Task Should_refuse_an_administrator_acting_on_their_own_account_and_change_nothing()
    {
        using var installation = await host.Client().SignedInAsync("admin");
        var (code, administratorName, administrator) = await KommuneApi.NewMunicipalityAsync(host, installation);
        var self = await SessionTests.UserIdAsync(administrator, administratorName);

        await Problem.AssertAsync(await administrator.SendAsync(HttpMethod.Put, $"/api/users/{self}/roles", new { roles = new[] { "Administrator", "Leder" }, reason = "Selv" }),
            HttpStatusCode.Forbidden, "user.notSelf");
        await Problem.AssertAsync(await administrator.PostAsync($"/api/users/{self}/deactivate", new { reason = "Selv" }), HttpStatusCode.Forbidden, "user.notSelf");

        var me = await administrator.ReadAsync<JsonObject>(await administrator.GetAsync("/api/auth/me"));
        Assert.Equal(["Administrator"], me["roles"]!.AsArray().Select(r => (string)r!));
        _ = code;
    }

    [Fact]
    public async Task Should_record_who_did_what_to_a_user_and_why()
    {
        using var installation = await host.Client().SignedInAsync("admin");
        var (code, administratorName, administrator) = await KommuneApi.NewMunicipalityAsync(host, installation);
        var (userName, _) = await KommuneApi.UserAsync(host, administrator, code, "Raadgiver");
        var id = await SessionTests.UserIdAsync(administrator, userName);

        await administrator.PostAsync($"/api/users/{id}/deactivate", new { reason = "Orlov" });
        await administrator.PostAsync($"/api/users/{id}/reactivate", new { reason = "Tilbage" });
        await administrator.SendAsync(HttpMethod.Put, $"/api/users/{id}/roles", new { roles = new[] { "Raadgiver", "Leder" }, reason = "Konstitueret" });
        await Problem.AssertAsync(await administrator.PostAsync($"/api/users/{id}/deactivate", new { reason = "" }), HttpStatusCode.BadRequest, "field.required", "/reason");

        var history = await administrator.ReadAsync<List<JsonObject>>(await administrator.GetAsync($"/api/users/{id}/history"));
        Assert.Equal(["user.deactivated", "user.reactivated", "user.rolesChanged"], history.Select(h => (string)h["action"]!));
        Assert.All(history, h => Assert.Equal(administratorName, (string)h["actor"]!));
        Assert.Equal(["Orlov", "Tilbage", "Konstitueret"], history.Select(h => (string)h["reason"]!));
        Assert.Contains("Raadgiver, Leder", (string)history[2]["detail"]!);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class UserAdministrationTestsOnSqlite(SqliteHostFixture host) : UserAdministrationTests(host);

[Collection(PostgresCollection.Name)]
public sealed class UserAdministrationTestsOnPostgres(PostgresHostFixture host) : UserAdministrationTests(host);
