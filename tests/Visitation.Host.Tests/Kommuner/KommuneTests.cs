using System.Net;
using Visitation.Host.Tests.Infrastructure;

namespace Visitation.Host.Tests.Kommuner;

public abstract class KommuneTests(HostFixture host)
{
    public sealed record KommuneView(string Code, string Name, string TimeZone);

    [Fact]
    public async Task Should_list_the_demo_municipalities_when_installation_administrator_asks()
    {
        using var admin = await host.Client().SignedInAsync("admin");

        var kommuner = await admin.ReadAsync<List<KommuneView>>(await admin.GetAsync("/api/kommuner"));

        Assert.Contains(new KommuneView("9901", "Demo Nord", "Europe/Copenhagen"), kommuner);
        Assert.Contains(new KommuneView("9902", "Demo Syd", "Europe/Copenhagen"), kommuner);
    }

    [Fact]
    public async Task Should_let_the_new_municipalitys_administrator_manage_only_it()
    {
        using var admin = await host.Client().SignedInAsync("admin");
        var code = Random.Shared.Next(1000, 9899).ToString(System.Globalization.CultureInfo.InvariantCulture);
        await admin.ReadAsync<KommuneView>(await admin.PostAsync("/api/kommuner", new { code, name = $"Testkommune {code}" }), HttpStatusCode.Created);
        var administrator = $"administrator-{Guid.NewGuid():N}@{code}";
        await KommuneApi.InviteAndAcceptAsync(host, admin, code, administrator, "lang-nok-kode");

        using var client = await host.Client().SignedInAsync(administrator, "lang-nok-kode");
        var users = await client.ReadAsync<List<Users.UserTests.UserView>>(await client.GetAsync("/api/users"));

        Assert.Equal([administrator], users.Select(u => u.Username));
        await Problem.AssertAsync(await admin.PostAsync("/api/kommuner", new { code, name = "Igen" }), HttpStatusCode.Conflict, "kommune.codeTaken", "/code");
    }

    [Fact]
    public async Task Should_give_a_new_municipality_the_shipped_flows_so_its_first_underretning_starts_a_case_flow()
    {
        using var admin = await host.Client().SignedInAsync("admin");
        var (code, _, administrator) = await KommuneApi.NewMunicipalityAsync(host, admin);
        using var _ = administrator;
        var (_, raadgiver) = await KommuneApi.UserAsync(host, administrator, code, "Raadgiver");
        using var __ = raadgiver;

        var definitions = System.Text.Json.Nodes.JsonNode.Parse(await (await administrator.GetAsync("/api/workflow-definitions")).Content.ReadAsStringAsync())!.AsArray();
        var registered = await Sager.UnderretningApi.RegisterAsync(raadgiver, [Sager.UnderretningApi.Child("Ida Ny", Sager.CaseApi.NewCpr())]);

        foreach (var shipped in new[] { "visitation-standard", "visitation-bevilling-foer-matchning", "tidlig-indsats", "visitation-opfoelgning" })
            Assert.Contains(definitions, d => d!["definitionId"]!.GetValue<string>() == shipped && d["publishedVersion"] is not null);
        Assert.NotNull(Assert.Single(registered.Cases).WorkflowInstanceId);
    }

    [Fact]
    public async Task Should_invite_the_first_administrator_who_sets_the_password_once_and_add_no_second_one()
    {
        using var admin = await host.Client().SignedInAsync("admin");
        var code = Random.Shared.Next(1000, 9899).ToString(System.Globalization.CultureInfo.InvariantCulture);
        while ((await admin.PostAsync("/api/kommuner", new { code, name = $"Testkommune {code}" })).StatusCode == HttpStatusCode.Conflict)
            code = Random.Shared.Next(1000, 9899).ToString(System.Globalization.CultureInfo.InvariantCulture);
        var first = $"administrator-{Guid.NewGuid():N}"[..22] + "@" + code;

        var chosenPassword = await admin.PostAsync($"/api/kommuner/{code}/administrators", new { username = first, displayName = "Valgt", password = "lang-nok-kode" });
        var invitation = await KommuneApi.InviteAsync(admin, code, first);
        var beforeAccept = await host.Client().PostAsync("/api/auth/login", new { username = first, password = "lang-nok-kode" });
        var second = await admin.PostAsync($"/api/kommuner/{code}/administrators", new { username = "anden-" + first, displayName = "Anden" });
        using var invitee = host.Client();
        var accepted = await invitee.PostAsync("/api/invitations/accept", new { token = invitation.Token, password = "invitee-valgt-kode" });
        var again = await invitee.PostAsync("/api/invitations/accept", new { token = invitation.Token, password = "installation-kode" });
        var unknown = await invitee.PostAsync("/api/invitations/accept", new { token = "ukendt-token", password = "installation-kode" });
        using var signedIn = await host.Client().SignedInAsync(first, "invitee-valgt-kode");
        var afterwards = await admin.PostAsync($"/api/kommuner/{code}/administrators", new { username = "tredje-" + first, displayName = "Tredje" });

        await Problem.AssertAsync(chosenPassword, HttpStatusCode.BadRequest, "kommune.invitationNoPassword", "/password");
        Assert.StartsWith("/invitation#", invitation.Link);
        Assert.Equal(HttpStatusCode.Unauthorized, beforeAccept.StatusCode);
        await Problem.AssertAsync(second, HttpStatusCode.Conflict, "kommune.hasAdministrator");
        Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
        await Problem.AssertAsync(again, HttpStatusCode.UnprocessableEntity, "kommune.invitationInvalid", "/token");
        await Problem.AssertAsync(unknown, HttpStatusCode.UnprocessableEntity, "kommune.invitationInvalid", "/token");
        await Problem.AssertAsync(afterwards, HttpStatusCode.Conflict, "kommune.hasAdministrator");
        await Problem.AssertAsync(await admin.PostAsync("/api/kommuner/9901/administrators", new { username = "ekstra@9901", displayName = "Ekstra" }),
            HttpStatusCode.Conflict, "kommune.hasAdministrator");
    }

    [Fact]
    public async Task Should_refuse_invalid_code_and_unknown_time_zone()
    {
        using var admin = await host.Client().SignedInAsync("admin");

        var errors = await Problem.AssertAsync(await admin.PostAsync("/api/kommuner", new { code = "12a", name = "X", timeZone = "Mars/Olympus" }),
            HttpStatusCode.BadRequest, "kommune.invalidCode", "/code");

        Assert.Contains(errors, e => e.Path == "/timeZone" && e.Code == "kommune.invalidTimeZone");
    }

    [Fact]
    public async Task Should_answer_403_when_a_municipality_user_manages_municipalities()
    {
        using var client = await host.Client().SignedInAsync("administrator@9901");

        await Problem.AssertAsync(await client.GetAsync("/api/kommuner"), HttpStatusCode.Forbidden, "auth.forbidden");
    }
}

[Collection(SqliteCollection.Name)]
public sealed class KommuneTestsOnSqlite(SqliteHostFixture host) : KommuneTests(host);

[Collection(PostgresCollection.Name)]
public sealed class KommuneTestsOnPostgres(PostgresHostFixture host) : KommuneTests(host);
