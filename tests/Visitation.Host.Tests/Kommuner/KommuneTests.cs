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
        await admin.ReadAsync<object>(await admin.PostAsync($"/api/kommuner/{code}/administrators",
            new { username = administrator, displayName = "Ny administrator", password = "lang-nok-kode" }), HttpStatusCode.Created);

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
