using System.Net;
using Visitation.Host.Tests.Infrastructure;
using Visitation.Host.Tests.Kompetenceplaner;

namespace Visitation.Host.Tests.Pligter;

/// <summary>
/// Simulating at a date answers as the plan in force that day would, re-centralisations included, and the explanation
/// names the level, the duties and the gates in Danish and English. Plans whose duties or aggregates are wrong are refused at their paths.
/// </summary>
public abstract class SimulateAtDateTests(HostFixture host)
{
    public sealed record Duty(string Kind, string LevelId, string Level, bool Waits);

    public sealed record Answer(string LevelId, string RuleId, int PlanVersion, List<string> Gates, KompetenceplanApiTests.Explanation Explanation, List<Duty> Duties,
        string Day);

    private static object Version1() => new
    {
        effectiveFrom = "2026-01-01",
        hitPolicy = "Unique",
        rules = DutyWorld.Rules(),
        recentralisations = new[]
        {
            new
            {
                id = "afl-recentral", measureType = "aflastning", level = "afdelingsleder", reason = "Forbruget af aflastning er steget",
                from = "2027-02-01", until = "2027-02-28", duties = new[] { new { kind = "inform", level = "teamleder" } },
            },
        },
    };

    private static object Version2() => new
    {
        effectiveFrom = "2027-06-01",
        hitPolicy = "Unique",
        rules = new object[]
        {
            new { id = "fb-v2", measureType = "familiebehandling", @default = true, level = "teamleder" },
            new { id = "oevrige", measureType = "*", @default = true, level = "raadgiver" },
        },
    };

    private static async Task<Answer> SimulateAsync(ApiClient client, string type, string date) =>
        await client.ReadAsync<Answer>(await client.PostAsync("/api/competence-plans/simulate", new { measure = new { type }, date }));

    [Fact]
    public async Task Should_answer_before_inside_and_after_a_recentralisation_and_across_a_plan_versions_effective_date()
    {
        using var world = await DutyWorld.CreateAsync(host, Version1());
        var saved = await world.Admin.SendAsync(HttpMethod.Put, "/api/competence-plans", Version2());
        Assert.True(saved.StatusCode == HttpStatusCode.Created, await saved.Content.ReadAsStringAsync());

        var before = await SimulateAsync(world.Raadgiver, "aflastning", "2027-01-31");
        var inside = await SimulateAsync(world.Raadgiver, "aflastning", "2027-02-15");
        var after = await SimulateAsync(world.Raadgiver, "aflastning", "2027-03-01");
        var oldVersion = await SimulateAsync(world.Raadgiver, "familiebehandling", "2027-05-31");
        var newVersion = await SimulateAsync(world.Raadgiver, "familiebehandling", "2027-06-01");

        Assert.Equal(("raadgiver", "afl", "2027-01-31"), (before.LevelId, before.RuleId, before.Day));
        Assert.Contains(new Duty("justify-to", "teamleder", "Teamleder", true), before.Duties);
        Assert.Contains("begrunder afgørelsen over for Teamleder, og afgørelsen venter på begrundelsen", before.Explanation.Da);
        Assert.Contains("justifies the decision to Teamleder", before.Explanation.En);
        Assert.Equal(("afdelingsleder", "afl-recentral"), (inside.LevelId, inside.RuleId));
        Assert.Equal([new Duty("inform", "teamleder", "Teamleder", false)], inside.Duties);
        Assert.Contains("recentraliseret til Afdelingsleder", inside.Explanation.Da);
        Assert.Contains("Teamleder orienteres om afgørelsen", inside.Explanation.Da);
        Assert.Contains("Teamleder is informed of the decision", inside.Explanation.En);
        Assert.Equal(("raadgiver", "afl"), (after.LevelId, after.RuleId));
        Assert.Equal(("raadgiver", "fb"), (oldVersion.LevelId, oldVersion.RuleId));
        Assert.Contains("Afdelingsleder skal godkende, før afgørelsen får virkning", oldVersion.Explanation.Da);
        Assert.Contains("kopi af afgørelsen med prisen til Teamleder", oldVersion.Explanation.Da);
        Assert.Contains("Porte, der skal være opfyldt: ledelsesgodkendelse", oldVersion.Explanation.Da);
        Assert.Contains("Gates that must be met: management approval", oldVersion.Explanation.En);
        Assert.Equal(("teamleder", "fb-v2", oldVersion.PlanVersion + 1), (newVersion.LevelId, newVersion.RuleId, newVersion.PlanVersion));
        Assert.Empty(newVersion.Duties);
    }

    [Fact]
    public async Task Should_refuse_a_duty_naming_an_unknown_level_and_an_aggregate_without_a_period_at_their_paths()
    {
        using var designer = await host.Client().SignedInAsync("procesdesigner@0621");

        var unknownLevel = await designer.SendAsync(HttpMethod.Put, "/api/competence-plans", PlanBodies.WithRules(
            new { id = "fb", measureType = "familiebehandling", @default = true, level = "raadgiver", duties = new[] { new { kind = "copy", level = "direktoer" } } },
            new { id = "oevrige", measureType = "*", @default = true, level = "raadgiver" }));
        var badFields = await designer.SendAsync(HttpMethod.Put, "/api/competence-plans", PlanBodies.WithRules(
            new { id = "fb-lav", measureType = "familiebehandling", level = "raadgiver", when = new { aggregate = new { scope = "family", upTo = 10000 } } },
            new
            {
                id = "fb", measureType = "familiebehandling", @default = true, level = "raadgiver", gates = new[] { "ledelsesgodkendelse" },
                duties = new object[] { new { kind = "cc", level = "afdelingsleder" }, new { kind = "copy", level = "afdelingsleder", waits = true } },
            },
            new { id = "oevrige", measureType = "*", @default = true, level = "raadgiver" }));
        var draft = await designer.ReadAsync<System.Text.Json.JsonElement>(await designer.PostAsync("/api/competence-plans/draft/evaluate", new
        {
            plan = PlanBodies.WithRules(
                new { id = "fb", measureType = "familiebehandling", @default = true, level = "raadgiver", duties = new[] { new { kind = "copy", level = "direktoer" } } },
                new { id = "oevrige", measureType = "*", @default = true, level = "raadgiver" }),
        }));

        await Problem.AssertAsync(unknownLevel, HttpStatusCode.UnprocessableEntity, "kompetenceplan.unknownLevel", "/rules/0/duties/0/level");
        var errors = await Problem.AssertAsync(badFields, HttpStatusCode.BadRequest, "field.unknownValue", "/rules/0/when/aggregate/period");
        Assert.Contains(errors, e => e.Path == "/rules/1/duties/0/kind" && e.Code == "field.unknownValue");
        Assert.Contains(errors, e => e.Path == "/rules/1/duties/1/waits" && e.Code == "kompetenceplan.waitsOnlyJustify");
        Assert.Contains(errors, e => e.Path == "/rules/1/gates/0" && e.Code == "kompetenceplan.approvalGateWithoutApprover");
        Assert.Contains(draft.GetProperty("findings").EnumerateArray(), f => f.GetProperty("path").GetString() == "/rules/0/duties/0/level");
    }
}

[Collection(SqliteCollection.Name)]
public sealed class SimulateAtDateTestsOnSqlite(SqliteHostFixture host) : SimulateAtDateTests(host);

[Collection(PostgresCollection.Name)]
public sealed class SimulateAtDateTestsOnPostgres(PostgresHostFixture host) : SimulateAtDateTests(host);
