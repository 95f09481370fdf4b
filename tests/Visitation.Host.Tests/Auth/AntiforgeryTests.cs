using System.Net;
using Visitation.Host.Tests.Infrastructure;

namespace Visitation.Host.Tests.Auth;

public abstract class AntiforgeryTests(HostFixture host)
{
    [Fact]
    public async Task Should_refuse_and_change_nothing_when_a_signed_in_post_lacks_the_xsrf_header()
    {
        using var client = await host.Client().SignedInAsync("administrator@9902");
        var username = $"csrf-{Guid.NewGuid():N}@9902";
        client.SendXsrfHeader = false;

        var refused = await client.PostAsync("/api/users", new { username, displayName = "CSRF", password = "lang-nok-kode", roles = new[] { "Leder" } });

        await Problem.AssertAsync(refused, HttpStatusCode.BadRequest, "antiforgery.invalid");
        var users = await client.ReadAsync<List<Users.UserTests.UserView>>(await client.GetAsync("/api/users"));
        Assert.DoesNotContain(users, u => u.Username == username);
    }

    [Fact]
    public async Task Should_refuse_when_the_xsrf_header_belongs_to_another_session()
    {
        using var victim = await host.Client().SignedInAsync("administrator@9902");
        using var attacker = await host.Client().SignedInAsync("raadgiver@9902");
        victim.SendXsrfHeader = false;
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/auth/logout");
        request.Headers.Add("X-XSRF-TOKEN", attacker.XsrfToken);

        await Problem.AssertAsync(await victim.SendAsync(request), HttpStatusCode.BadRequest, "antiforgery.invalid");
    }
}

[Collection(SqliteCollection.Name)]
public sealed class AntiforgeryTestsOnSqlite(SqliteHostFixture host) : AntiforgeryTests(host);

[Collection(PostgresCollection.Name)]
public sealed class AntiforgeryTestsOnPostgres(PostgresHostFixture host) : AntiforgeryTests(host);
