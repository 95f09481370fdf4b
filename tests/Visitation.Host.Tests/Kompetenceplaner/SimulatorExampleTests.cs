using System.Net;
using System.Text.Json.Nodes;
using Visitation.Host.Tests.Infrastructure;
using Visitation.Host.Tests.Kommuner;

namespace Visitation.Host.Tests.Kompetenceplaner;

/// <summary>The simulator's saved cases live with the municipality's plan: shared by its designers, read by its leaders, hidden from others.</summary>
public abstract class SimulatorExampleTests(HostFixture host)
{
    private static object Example(string name) => new { name, measure = new { type = "familiebehandling", providerKind = "intern" }, submitter = (string?)null };

    [Fact]
    public async Task Should_keep_a_designers_example_for_the_whole_municipality_with_who_saved_it()
    {
        using var installation = await host.Client().SignedInAsync("admin");
        var (code, _, administrator) = await KommuneApi.NewMunicipalityAsync(host, installation);
        var (designerName, designer) = await KommuneApi.UserAsync(host, administrator, code, "Procesdesigner");
        var (_, leader) = await KommuneApi.UserAsync(host, administrator, code, "Leder");

        var saved = await designer.ReadAsync<JsonObject>(await designer.PostAsync("/api/competence-plans/examples", Example("Intern familiebehandling")), HttpStatusCode.Created);
        var seenByLeader = await leader.ReadAsync<List<JsonObject>>(await leader.GetAsync("/api/competence-plans/examples"));

        var example = Assert.Single(seenByLeader);
        Assert.Equal(("Intern familiebehandling", designerName, "intern"),
            ((string)example["name"]!, (string)example["savedBy"]!, (string)example["measure"]!["providerKind"]!));
        Assert.False(string.IsNullOrEmpty((string?)example["savedByName"]));
        Assert.Equal(HttpStatusCode.NoContent, (await designer.SendAsync(HttpMethod.Delete, $"/api/competence-plans/examples/{saved["id"]}", null)).StatusCode);
        Assert.Empty(await leader.ReadAsync<List<JsonObject>>(await leader.GetAsync("/api/competence-plans/examples")));
    }

    [Fact]
    public async Task Should_refuse_a_leader_saving_a_caseworker_reading_and_bad_examples_at_their_fields_and_save_nothing()
    {
        using var installation = await host.Client().SignedInAsync("admin");
        var (code, _, administrator) = await KommuneApi.NewMunicipalityAsync(host, installation);
        var (_, leader) = await KommuneApi.UserAsync(host, administrator, code, "Leder");
        var (_, caseworker) = await KommuneApi.UserAsync(host, administrator, code, "Raadgiver");

        await Problem.AssertAsync(await leader.PostAsync("/api/competence-plans/examples", Example("Leder")), HttpStatusCode.Forbidden, "auth.forbidden");
        await Problem.AssertAsync(await caseworker.GetAsync("/api/competence-plans/examples"), HttpStatusCode.Forbidden, "auth.forbidden");
        await Problem.AssertAsync(await administrator.PostAsync("/api/competence-plans/examples", new { name = "", measure = new { type = "ukendt" } }),
            HttpStatusCode.BadRequest, "field.required", "/name");
        await Problem.AssertAsync(await administrator.PostAsync("/api/competence-plans/examples", new { name = "Uden type", measure = new { type = "ukendt" } }),
            HttpStatusCode.BadRequest, "field.unknownValue", "/measure/type");
        await Problem.AssertAsync(await administrator.PostAsync("/api/competence-plans/examples",
            new { name = "Ukendt indstiller", measure = new { type = "familiebehandling" }, submitter = "ingen@findes" }), HttpStatusCode.UnprocessableEntity,
            "organisation.unknownUser", "/submitter");

        Assert.Empty(await administrator.ReadAsync<List<JsonObject>>(await administrator.GetAsync("/api/competence-plans/examples")));
    }

    [Fact]
    public async Task Should_neither_show_nor_delete_another_municipalitys_examples()
    {
        using var installation = await host.Client().SignedInAsync("admin");
        var (_, _, first) = await KommuneApi.NewMunicipalityAsync(host, installation);
        var (_, _, second) = await KommuneApi.NewMunicipalityAsync(host, installation);
        var saved = await first.ReadAsync<JsonObject>(await first.PostAsync("/api/competence-plans/examples", Example("Første kommunes")), HttpStatusCode.Created);

        Assert.Empty(await second.ReadAsync<List<JsonObject>>(await second.GetAsync("/api/competence-plans/examples")));
        await Problem.AssertAsync(await second.SendAsync(HttpMethod.Delete, $"/api/competence-plans/examples/{saved["id"]}", null), HttpStatusCode.NotFound,
            "resource.notFound");
        Assert.Single(await first.ReadAsync<List<JsonObject>>(await first.GetAsync("/api/competence-plans/examples")));
    }
}

[Collection(SqliteCollection.Name)]
public sealed class SimulatorExampleTestsOnSqlite(SqliteHostFixture host) : SimulatorExampleTests(host);

[Collection(PostgresCollection.Name)]
public sealed class SimulatorExampleTestsOnPostgres(PostgresHostFixture host) : SimulatorExampleTests(host);
