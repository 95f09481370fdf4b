using System.Net;
using Visitation.Host.Tests.Infrastructure;
using static Visitation.Host.Tests.Kompetenceplaner.PlanBodies;

namespace Visitation.Host.Tests.Kompetenceplaner;

/// <summary>Saving plan versions through the API (in 9902, which the seed gives no plan).</summary>
public abstract class SaveKompetenceplanTests(HostFixture host)
{
    [Fact]
    public async Task Should_keep_old_versions_readable_and_route_by_the_version_in_force_when_new_versions_are_saved()
    {
        using var designer = await host.Client().SignedInAsync("procesdesigner@9902");
        using var admin = await host.Client().SignedInAsync("administrator@9902");
        await Organisation.OrganisationApi.EnsureLevelAsync(admin, "raadgiver", "Rådgiver", "role");
        await Organisation.OrganisationApi.EnsureLevelAsync(admin, "teamleder", "Teamleder", "level");

        var first = await designer.ReadAsync<KompetenceplanApiTests.VersionView>(
            await designer.SendAsync(HttpMethod.Put, "/api/competence-plans", Valid("raadgiver", above: "teamleder")), HttpStatusCode.Created);
        var second = await admin.ReadAsync<KompetenceplanApiTests.VersionView>(
            await admin.SendAsync(HttpMethod.Put, "/api/competence-plans", Valid("teamleder", above: "teamleder")), HttpStatusCode.Created);
        var future = await designer.ReadAsync<KompetenceplanApiTests.VersionView>(
            await designer.SendAsync(HttpMethod.Put, "/api/competence-plans", Valid("raadgiver", above: "raadgiver", effectiveFrom: "2099-01-01")),
            HttpStatusCode.Created);

        var list = await designer.ReadAsync<KompetenceplanApiTests.ListView>(await designer.GetAsync("/api/competence-plans"));
        var old = await designer.ReadAsync<KompetenceplanApiTests.VersionView>(await designer.GetAsync($"/api/competence-plans/{first.Version}"));
        var answer = await designer.ReadAsync<KompetenceplanApiTests.Answer>(await designer.PostAsync("/api/competence-plans/simulate",
            new { municipality = "9902", measure = new { type = "familiebehandling", quantity = new { value = 3, unit = "timer-pr-maaned" } } }));

        Assert.Equal(first.Version + 1, second.Version);
        Assert.Equal(second.Version + 1, future.Version);
        Assert.False(future.InForce);
        Assert.Equal(second.Version, list.Current!.Version);
        Assert.Equal([future.Version, second.Version, first.Version], list.Versions.Take(3).Select(v => v.Version));
        Assert.Equal("procesdesigner@9902", list.Versions.Single(v => v.Version == first.Version).SavedBy);
        Assert.Equal("raadgiver", old.Plan.GetProperty("rules")[0].GetProperty("level").GetString());
        Assert.Equal(("teamleder", "fb-op-til-4", second.Version), (answer.LevelId, answer.RuleId, answer.PlanVersion));
    }

    [Fact]
    public async Task Should_refuse_with_422_and_the_rows_path_when_intervals_leave_a_gap()
    {
        using var designer = await host.Client().SignedInAsync("procesdesigner@0621");

        var response = await designer.SendAsync(HttpMethod.Put, "/api/competence-plans", WithRules(
            Row("op-til-4", "familiebehandling", "raadgiver", new { quantity = new { unit = "timer-pr-maaned", upTo = 4 } }),
            Row("over-6", "familiebehandling", "afdelingsleder", new { quantity = new { unit = "timer-pr-maaned", above = 6 } }),
            Row("fb", "familiebehandling", "faglig-koordinator", isDefault: true),
            Row("oevrige", "*", "faglig-koordinator", isDefault: true)));

        var errors = await Problem.AssertAsync(response, HttpStatusCode.UnprocessableEntity, "kompetenceplan.gap", "/rules/1/when/quantity");
        Assert.Contains("4", errors[0].Message);
        Assert.Contains("6", errors[0].Message);
    }

    [Fact]
    public async Task Should_refuse_with_422_and_the_rows_path_when_rows_overlap_under_unique()
    {
        using var designer = await host.Client().SignedInAsync("procesdesigner@0621");
        designer.Http.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en");

        var response = await designer.SendAsync(HttpMethod.Put, "/api/competence-plans", WithRules(
            Row("intern", "aflastning", "raadgiver", new { providerKind = new[] { "intern" } }),
            Row("op-til-3", "aflastning", "faglig-koordinator", new { quantity = new { unit = "vederlag", upTo = 3 } }),
            Row("afl", "aflastning", "faglig-koordinator", isDefault: true),
            Row("oevrige", "*", "faglig-koordinator", isDefault: true)));

        var errors = await Problem.AssertAsync(response, HttpStatusCode.UnprocessableEntity, "kompetenceplan.overlap", "/rules/1");
        Assert.Contains("overlaps row intern", errors[0].Message);
    }

    [Fact]
    public async Task Should_refuse_with_422_when_a_measure_type_has_no_default_row_or_a_level_is_unknown()
    {
        using var designer = await host.Client().SignedInAsync("administrator@0621");

        var response = await designer.SendAsync(HttpMethod.Put, "/api/competence-plans", WithRules(
            Row("kort", "aflastning", "raadgiver", new { durationMonths = new { upTo = 6 } }),
            Row("oevrige", "*", "visitationsudvalg", isDefault: true)));

        var errors = await Problem.AssertAsync(response, HttpStatusCode.UnprocessableEntity, "kompetenceplan.noDefaultRow", "/rules/0");
        Assert.Contains(errors, e => e.Path == "/rules/1/level" && e.Code == "kompetenceplan.unknownLevel");
    }

    [Fact]
    public async Task Should_refuse_with_400_and_every_path_when_fields_are_wrong()
    {
        using var designer = await host.Client().SignedInAsync("procesdesigner@0621");

        var errors = await Problem.AssertAsync(await designer.SendAsync(HttpMethod.Put, "/api/competence-plans", new
        {
            hitPolicy = "Priority",
            rules = new object[] { new { id = "Ugyldigt Id", measureType = "familiebehandling", when = new { annualCost = new { above = 1.005 } } } },
        }), HttpStatusCode.BadRequest, "field.required", "/effectiveFrom");

        Assert.Contains(errors, e => e.Path == "/rules/0/id" && e.Code == "organisation.invalidCode");
        Assert.Contains(errors, e => e.Path == "/rules/0/level" && e.Code == "field.required");
        Assert.Contains(errors, e => e.Path == "/rules/0/priority");
        Assert.Contains(errors, e => e.Path == "/rules/0/when/annualCost/above" && e.Code == "field.tooManyDecimals");
        await Problem.AssertAsync(await designer.SendAsync(HttpMethod.Put, "/api/competence-plans", new { hitPolicy = "Sometimes" }),
            HttpStatusCode.BadRequest, "body.invalidJson", "/hitPolicy");
    }
}

[Collection(SqliteCollection.Name)]
public sealed class SaveKompetenceplanTestsOnSqlite(SqliteHostFixture host) : SaveKompetenceplanTests(host);

[Collection(PostgresCollection.Name)]
public sealed class SaveKompetenceplanTestsOnPostgres(PostgresHostFixture host) : SaveKompetenceplanTests(host);
