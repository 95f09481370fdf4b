using System.Net;
using Visitation.Host.Tests.Infrastructure;

namespace Visitation.Host.Tests.Users;

public abstract class UserTests(HostFixture host)
{
    public sealed record UserView(Guid Id, string Username, string DisplayName, List<string> Roles, bool IsActive);

    [Fact]
    public async Task Should_list_only_own_municipality_when_administrator_lists_users()
    {
        using var client = await host.Client().SignedInAsync("administrator@9901");

        var users = await client.ReadAsync<List<UserView>>(await client.GetAsync("/api/users"));

        Assert.Contains(users, u => u.Username == "leder@9901");
        Assert.DoesNotContain(users, u => u.Username.EndsWith("@9902", StringComparison.Ordinal));
        Assert.DoesNotContain(users, u => u.Username == "admin");
    }

    [Theory]
    [InlineData("raadgiver@9901")]
    [InlineData("procesdesigner@9901")]
    [InlineData("admin")]
    public async Task Should_answer_403_when_caller_is_not_the_municipalitys_administrator(string username)
    {
        using var client = await host.Client().SignedInAsync(username);

        await Problem.AssertAsync(await client.GetAsync("/api/users"), HttpStatusCode.Forbidden, "auth.forbidden");
        await Problem.AssertAsync(await client.PostAsync("/api/users", new { username = "x@9901" }), HttpStatusCode.Forbidden, "auth.forbidden");
    }

    [Fact]
    public async Task Should_answer_404_without_data_when_user_belongs_to_another_municipality()
    {
        using var nord = await host.Client().SignedInAsync("administrator@9901");
        using var syd = await host.Client().SignedInAsync("administrator@9902");
        var username = $"nord-{Guid.NewGuid():N}@9901";
        var created = await nord.ReadAsync<UserView>(await nord.PostAsync("/api/users",
            new { username, displayName = "Hemmelig Nordbo", password = "lang-nok-kode", roles = new[] { "Leder", "Raadgiver" } }), HttpStatusCode.Created);

        var own = await nord.ReadAsync<UserView>(await nord.GetAsync($"/api/users/{created.Id}"));
        var foreign = await syd.GetAsync($"/api/users/{created.Id}");

        Assert.Equal(["Leder", "Raadgiver"], own.Roles);
        await Problem.AssertAsync(foreign, HttpStatusCode.NotFound, "resource.notFound");
        Assert.DoesNotContain("Hemmelig", await foreign.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Should_report_every_invalid_field_and_create_nothing_when_user_is_invalid()
    {
        using var client = await host.Client().SignedInAsync("administrator@9901");

        var response = await client.PostAsync("/api/users", new { username = "", displayName = "Kort", password = "kort", roles = new[] { "Raadgiver", "Konge" } });

        var errors = await Problem.AssertAsync(response, HttpStatusCode.BadRequest, "field.required", "/username");
        Assert.Contains(errors, e => e.Path == "/password" && e.Code == "field.passwordTooShort");
        Assert.Contains(errors, e => e.Path == "/roles/1" && e.Code == "field.unknownValue");
        Assert.DoesNotContain(errors, e => e.Path == "/roles/0");
    }

    [Fact]
    public async Task Should_let_a_created_user_sign_in_with_the_given_roles()
    {
        using var admin = await host.Client().SignedInAsync("administrator@9902");
        var username = $"ny-{Guid.NewGuid():N}@9902";
        await admin.ReadAsync<UserView>(await admin.PostAsync("/api/users",
            new { username, displayName = "Ny Leder", password = "lang-nok-kode", roles = new[] { "Leder" } }), HttpStatusCode.Created);

        using var user = host.Client();
        var session = await user.ReadAsync<Auth.SignInTests.Session>(await user.LoginAsync(username, "lang-nok-kode"));

        Assert.Equal(["Leder"], session.Roles);
        Assert.Equal("9902", session.KommuneCode);
        await Problem.AssertAsync(await admin.PostAsync("/api/users",
            new { username, displayName = "Igen", password = "lang-nok-kode", roles = new[] { "Leder" } }), HttpStatusCode.Conflict, "user.nameTaken", "/username");
    }
}

[Collection(SqliteCollection.Name)]
public sealed class UserTestsOnSqlite(SqliteHostFixture host) : UserTests(host);

[Collection(PostgresCollection.Name)]
public sealed class UserTestsOnPostgres(PostgresHostFixture host) : UserTests(host);
