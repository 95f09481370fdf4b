using System.Net;
using System.Text.Json.Nodes;
using Visitation.Host.Tests.Auth;
using Visitation.Host.Tests.Infrastructure;
using Visitation.Host.Tests.Kommuner;

namespace Visitation.Host.Tests.Users;

/// <summary>An administrator gives others competence levels, never themselves, and each change is in the user's history.</summary>
public abstract class SelfGrantTests(HostFixture host)
{
    [Fact]
    public async Task Should_refuse_an_administrator_giving_themselves_a_level_or_the_experienced_flag_and_change_nothing()
    {
        using var installation = await host.Client().SignedInAsync("admin");
        var (_, administratorName, administrator) = await KommuneApi.NewMunicipalityAsync(host, installation);
        await administrator.PostAsync("/api/organisation/levels", new { id = "chef", name = "Chef", kind = "level" });
        var self = await SessionTests.UserIdAsync(administrator, administratorName);

        await Problem.AssertAsync(await administrator.SendAsync(HttpMethod.Put, $"/api/organisation/users/{self}", new { levels = new[] { "chef" } }),
            HttpStatusCode.Forbidden, "user.notSelf");
        await Problem.AssertAsync(await administrator.SendAsync(HttpMethod.Put, $"/api/organisation/users/{self}", new { experienced = true }),
            HttpStatusCode.Forbidden, "user.notSelf");
        // A title is not a right: an administrator keeps their own.
        Assert.Equal(HttpStatusCode.OK, (await administrator.SendAsync(HttpMethod.Put, $"/api/organisation/users/{self}", new { title = "Systemejer" })).StatusCode);

        var users = await administrator.ReadAsync<List<JsonObject>>(await administrator.GetAsync("/api/organisation/users"));
        var me = users.Single(u => (Guid)u["id"]! == self);
        Assert.Empty(me["levels"]!.AsArray());
        Assert.False((bool)me["experienced"]!);
    }

    [Fact]
    public async Task Should_keep_a_level_given_to_another_user_in_that_users_history_with_who_and_why()
    {
        using var installation = await host.Client().SignedInAsync("admin");
        var (code, administratorName, administrator) = await KommuneApi.NewMunicipalityAsync(host, installation);
        await administrator.PostAsync("/api/organisation/levels", new { id = "chef", name = "Chef", kind = "level" });
        var (userName, _) = await KommuneApi.UserAsync(host, administrator, code, "Leder");
        var id = await SessionTests.UserIdAsync(administrator, userName);

        Assert.Equal(HttpStatusCode.OK, (await administrator.SendAsync(HttpMethod.Put, $"/api/organisation/users/{id}",
            new { levels = new[] { "chef" }, experienced = true, reason = "Ny afdelingsleder" })).StatusCode);
        await Problem.AssertAsync(await administrator.SendAsync(HttpMethod.Put, $"/api/organisation/users/{id}", new { levels = new[] { "ukendt" } }),
            HttpStatusCode.UnprocessableEntity, "organisation.unknownLevel", "/levels/0");

        var history = await administrator.ReadAsync<List<JsonObject>>(await administrator.GetAsync($"/api/users/{id}/history"));
        var entry = Assert.Single(history);
        Assert.Equal(("user.organisationChanged", administratorName, "Ny afdelingsleder"), ((string)entry["action"]!, (string)entry["actor"]!, (string)entry["reason"]!));
        Assert.Contains("niveauer: chef", (string)entry["detail"]!);
    }

    [Fact]
    public async Task Should_answer_404_when_an_administrator_sets_levels_of_another_municipalitys_user()
    {
        using var installation = await host.Client().SignedInAsync("admin");
        var (code, _, first) = await KommuneApi.NewMunicipalityAsync(host, installation);
        var (_, _, second) = await KommuneApi.NewMunicipalityAsync(host, installation);
        var (userName, _) = await KommuneApi.UserAsync(host, first, code, "Raadgiver");
        var id = await SessionTests.UserIdAsync(first, userName);

        await Problem.AssertAsync(await second.SendAsync(HttpMethod.Put, $"/api/organisation/users/{id}", new { experienced = true }), HttpStatusCode.NotFound,
            "resource.notFound");
    }
}

[Collection(SqliteCollection.Name)]
public sealed class SelfGrantTestsOnSqlite(SqliteHostFixture host) : SelfGrantTests(host);

[Collection(PostgresCollection.Name)]
public sealed class SelfGrantTestsOnPostgres(PostgresHostFixture host) : SelfGrantTests(host);
