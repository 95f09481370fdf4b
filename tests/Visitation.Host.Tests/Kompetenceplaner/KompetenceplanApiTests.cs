using System.Net;
using System.Text.Json;
using Visitation.Host.Tests.Infrastructure;

namespace Visitation.Host.Tests.Kompetenceplaner;

/// <summary>The competence-plan API on a real host: simulate, versions, saving, refusals and tenancy.</summary>
public abstract class KompetenceplanApiTests(HostFixture host)
{
    public sealed record Explanation(string Da, string En);

    public sealed record Answer(string Level, string LevelId, string LevelKind, string RuleId, int PlanVersion, List<string> Notify, List<string> Gates,
        Explanation Explanation);

    public sealed record Summary(int Version, string EffectiveFrom, string SavedBy, bool InForce);

    public sealed record VersionView(int Version, string EffectiveFrom, string SavedBy, bool InForce, JsonElement Plan);

    public sealed record ListView(VersionView? Current, List<Summary> Versions);

    private static object Simulate(string type, string? provider = null, decimal? hours = null, string? municipality = null, string? submitter = null,
        bool? consent = null) => new
    {
        municipality,
        measure = new { type, providerKind = provider, quantity = hours is null ? null : new { value = hours, unit = "timer-pr-maaned" }, consent },
        submitter,
    };

    [Theory]
    [InlineData(4, "raadgiver", "Rådgiver", "role", "kol-fb-raadgiver")]
    [InlineData(4.01, "faglig-koordinator", "Faglig koordinator", "level", "kol-fb-over-4-timer")]
    public async Task Should_answer_level_rule_version_and_explanation_when_kolding_simulates(double hours, string levelId, string level, string kind, string rule)
    {
        using var client = await host.Client().SignedInAsync("raadgiver@0621");

        var answer = await client.ReadAsync<Answer>(await client.PostAsync("/api/competence-plans/simulate",
            Simulate("familiebehandling", "intern", (decimal)hours, municipality: "0621", submitter: "raadgiver@0621")));

        Assert.Equal((level, levelId, kind, rule), (answer.Level, answer.LevelId, answer.LevelKind, answer.RuleId));
        Assert.True(answer.PlanVersion >= 1);
        Assert.Contains(rule, answer.Explanation.Da);
        Assert.Contains(rule, answer.Explanation.En);
        Assert.Empty(answer.Gates);
    }

    [Fact]
    public async Task Should_route_to_boerne_og_ungeudvalget_as_a_forum_when_placement_is_without_consent()
    {
        using var client = await host.Client().SignedInAsync("leder@0167");

        var answer = await client.ReadAsync<Answer>(await client.PostAsync("/api/competence-plans/simulate", Simulate("anbringelse", consent: false)));

        Assert.Equal(("Børne- og ungeudvalget", "boerne-og-ungeudvalget", "forum", "barnets-lov-47"), (answer.Level, answer.LevelId, answer.LevelKind, answer.RuleId));
    }

    [Fact]
    public async Task Should_answer_404_when_simulating_against_another_municipality_or_its_user()
    {
        using var client = await host.Client().SignedInAsync("raadgiver@0167");

        await Problem.AssertAsync(await client.PostAsync("/api/competence-plans/simulate", Simulate("aflastning", municipality: "0621")),
            HttpStatusCode.NotFound, "resource.notFound");
        await Problem.AssertAsync(await client.PostAsync("/api/competence-plans/simulate", Simulate("aflastning", submitter: "raadgiver@0621")),
            HttpStatusCode.NotFound, "resource.notFound");
        await Problem.AssertAsync(await client.PostAsync("/api/competence-plans/simulate", Simulate("aflastning", municipality: "9999")),
            HttpStatusCode.NotFound, "resource.notFound");
    }

    [Fact]
    public async Task Should_locate_each_invalid_field_when_the_simulation_request_is_wrong()
    {
        using var client = await host.Client().SignedInAsync("raadgiver@0621");

        var errors = await Problem.AssertAsync(await client.PostAsync("/api/competence-plans/simulate", new
        {
            measure = new { type = "hjemmehjaelp", providerKind = "privat", quantity = new { value = 2, unit = "timer-pr-uge" }, annualCost = 10.001 },
        }), HttpStatusCode.BadRequest, "field.unknownValue", "/measure/type");

        Assert.Contains(errors, e => e.Path == "/measure/providerKind");
        Assert.Contains(errors, e => e.Path == "/measure/quantity/unit");
        Assert.Contains(errors, e => e.Path == "/measure/annualCost" && e.Code == "field.tooManyDecimals");
        await Problem.AssertAsync(await client.PostAsync("/api/competence-plans/simulate", new { }), HttpStatusCode.BadRequest, "field.required", "/measure");
    }

    [Fact]
    public async Task Should_list_only_the_callers_plan_when_users_of_two_municipalities_read_plans()
    {
        using var hvidovre = await host.Client().SignedInAsync("raadgiver@0167");
        using var demo = await host.Client().SignedInAsync("raadgiver@9901");

        var list = await hvidovre.ReadAsync<ListView>(await hvidovre.GetAsync("/api/competence-plans"));
        var version = await hvidovre.ReadAsync<VersionView>(await hvidovre.GetAsync("/api/competence-plans/1"));
        var none = await demo.ReadAsync<ListView>(await demo.GetAsync("/api/competence-plans"));

        Assert.NotNull(list.Current);
        Assert.All(list.Current!.Plan.GetProperty("rules").EnumerateArray(), r => Assert.StartsWith("hvi-", r.GetProperty("id").GetString()));
        Assert.Contains(list.Versions, v => v.Version == 1 && v.SavedBy == "seed");
        Assert.Equal("2026-01-01", version.EffectiveFrom);
        Assert.Null(none.Current);
        Assert.Empty(none.Versions);
        await Problem.AssertAsync(await demo.GetAsync("/api/competence-plans/1"), HttpStatusCode.NotFound, "resource.notFound");
    }

    [Theory]
    [InlineData("raadgiver@0621")]
    [InlineData("leder@0621")]
    [InlineData("oekonomi@0621")]
    public async Task Should_answer_403_when_a_caseworker_or_leader_saves_a_plan(string username)
    {
        using var client = await host.Client().SignedInAsync(username);

        await Problem.AssertAsync(await client.SendAsync(HttpMethod.Put, "/api/competence-plans", PlanBodies.Valid("raadgiver")),
            HttpStatusCode.Forbidden, "auth.forbidden");
    }

    [Fact]
    public async Task Should_answer_401_when_not_signed_in()
    {
        using var client = host.Client();

        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/api/competence-plans")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.PostAsync("/api/competence-plans/simulate", Simulate("aflastning"))).StatusCode);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class KompetenceplanApiTestsOnSqlite(SqliteHostFixture host) : KompetenceplanApiTests(host);

[Collection(PostgresCollection.Name)]
public sealed class KompetenceplanApiTestsOnPostgres(PostgresHostFixture host) : KompetenceplanApiTests(host);
