using System.Net;
using System.Text.Json;
using Visitation.Host.Tests.Infrastructure;
using static Visitation.Host.Tests.Kompetenceplaner.PlanBodies;

namespace Visitation.Host.Tests.Kompetenceplaner;

/// <summary>A plan being edited, checked and tried against example cases without saving it (Kolding's seeded plan is in force).</summary>
public abstract class EvaluateDraftTests(HostFixture host)
{
    public sealed record Finding(string Path, string Code, string Message);

    public sealed record CaseAnswer(KompetenceplanApiTests.Answer? Draft, KompetenceplanApiTests.Answer? InForce, bool Changed, Finding? Error);

    public sealed record Evaluation(List<Finding> Findings, int DraftVersion, string DraftDay, int? InForceVersion, List<CaseAnswer> Cases);

    private static object Case(string type, string? provider = null, decimal? hours = null, string? submitter = null) => new
    {
        measure = new { type, providerKind = provider, quantity = hours is null ? null : new { value = hours, unit = "timer-pr-maaned" } },
        submitter,
    };

    /// <summary>Familiebehandling always to the afdelingsleder; everything else to the faglig koordinator.</summary>
    private static object FamiliebehandlingToAfdelingsleder(string effectiveFrom = "2026-01-01") => new
    {
        effectiveFrom,
        hitPolicy = "Unique",
        rules = new[]
        {
            Row("fb", "familiebehandling", "afdelingsleder", isDefault: true),
            Row("oevrige", "*", "faglig-koordinator", isDefault: true),
        },
    };

    [Fact]
    public async Task Should_answer_each_example_under_the_draft_and_the_plan_in_force_and_mark_what_the_draft_changes()
    {
        using var designer = await host.Client().SignedInAsync("procesdesigner@0621");
        var before = await designer.ReadAsync<KompetenceplanApiTests.ListView>(await designer.GetAsync("/api/competence-plans"));

        var evaluation = await designer.ReadAsync<Evaluation>(await designer.PostAsync("/api/competence-plans/draft/evaluate", new
        {
            plan = FamiliebehandlingToAfdelingsleder(),
            cases = new[] { Case("familiebehandling", "intern", 2, "raadgiver@0621"), Case("kontaktperson") },
        }));
        var after = await designer.ReadAsync<KompetenceplanApiTests.ListView>(await designer.GetAsync("/api/competence-plans"));

        Assert.Empty(evaluation.Findings);
        Assert.Equal(before.Current!.Version, evaluation.InForceVersion);
        Assert.Equal(before.Versions.Max(v => v.Version) + 1, evaluation.DraftVersion);
        var moved = evaluation.Cases[0];
        Assert.Equal(("raadgiver", "afdelingsleder"), (moved.InForce!.LevelId, moved.Draft!.LevelId));
        Assert.Equal("fb", moved.Draft.RuleId);
        Assert.Contains("fb", moved.Draft.Explanation.Da);
        Assert.True(moved.Changed);
        Assert.Equal(before.Versions.Count, after.Versions.Count);
    }

    [Fact]
    public async Task Should_report_coverage_findings_at_their_rows_and_still_compare_the_plan_in_force()
    {
        using var designer = await host.Client().SignedInAsync("administrator@0621");

        var evaluation = await designer.ReadAsync<Evaluation>(await designer.PostAsync("/api/competence-plans/draft/evaluate", new
        {
            plan = WithRules(
                Row("op-til-4", "familiebehandling", "raadgiver", new { quantity = new { unit = "timer-pr-maaned", upTo = 4 } }),
                Row("over-6", "familiebehandling", "afdelingsleder", new { quantity = new { unit = "timer-pr-maaned", above = 6 } }),
                Row("fb", "familiebehandling", "ukendt-niveau", isDefault: true),
                Row("oevrige", "*", "faglig-koordinator", isDefault: true)),
            cases = new[] { Case("familiebehandling", "intern", 5) },
        }));

        Assert.Contains(evaluation.Findings, f => f.Path == "/rules/1/when/quantity" && f.Code == "kompetenceplan.gap");
        Assert.Contains(evaluation.Findings, f => f.Path == "/rules/2/level" && f.Code == "kompetenceplan.unknownLevel");
        Assert.Equal(("fb", "faglig-koordinator"), (evaluation.Cases[0].Draft!.RuleId, evaluation.Cases[0].InForce!.LevelId)); // 5 hours fall in the gap, to the default row
    }

    [Fact]
    public async Task Should_report_field_findings_and_answer_no_draft_when_the_draft_is_not_well_formed()
    {
        using var designer = await host.Client().SignedInAsync("procesdesigner@0621");

        var evaluation = await designer.ReadAsync<Evaluation>(await designer.PostAsync("/api/competence-plans/draft/evaluate", new
        {
            plan = new { hitPolicy = "Unique", rules = new[] { Row("Ugyldigt id", "familiebehandling", "raadgiver", isDefault: true) } },
            cases = new[] { Case("familiebehandling") },
        }));

        Assert.Contains(evaluation.Findings, f => f.Path == "/effectiveFrom" && f.Code == "field.required");
        Assert.Contains(evaluation.Findings, f => f.Path == "/rules/0/id" && f.Code == "organisation.invalidCode");
        Assert.Null(evaluation.Cases[0].Draft);
        Assert.NotNull(evaluation.Cases[0].InForce);
    }

    [Fact]
    public async Task Should_answer_the_draft_as_on_its_effective_date_when_a_recentralisation_starts_later()
    {
        using var designer = await host.Client().SignedInAsync("procesdesigner@0621");

        var evaluation = await designer.ReadAsync<Evaluation>(await designer.PostAsync("/api/competence-plans/draft/evaluate", new
        {
            plan = new
            {
                effectiveFrom = "2099-03-01",
                hitPolicy = "Unique",
                rules = new[] { Row("oevrige", "*", "raadgiver", isDefault: true) },
                recentralisations = new[]
                {
                    new { id = "afl-central", measureType = "aflastning", level = "afdelingsleder", reason = "Forbruget er steget", from = "2099-03-01", until = "2099-12-31" },
                },
            },
            cases = new[] { Case("aflastning") },
        }));

        Assert.Equal("2099-03-01", evaluation.DraftDay);
        Assert.Equal(("afdelingsleder", "afl-central"), (evaluation.Cases[0].Draft!.LevelId, evaluation.Cases[0].Draft!.RuleId));
        Assert.True(evaluation.Cases[0].Changed);
    }

    [Fact]
    public async Task Should_refuse_a_wrong_example_at_its_field_and_report_an_unknown_submitter_at_its_case()
    {
        using var designer = await host.Client().SignedInAsync("procesdesigner@0621");

        await Problem.AssertAsync(await designer.PostAsync("/api/competence-plans/draft/evaluate", new
        {
            plan = FamiliebehandlingToAfdelingsleder(),
            cases = new[] { Case("aflastning"), Case("hjemmehjaelp") },
        }), HttpStatusCode.BadRequest, "field.unknownValue", "/cases/1/measure/type");
        await Problem.AssertAsync(await designer.PostAsync("/api/competence-plans/draft/evaluate", new { cases = Array.Empty<object>() }),
            HttpStatusCode.BadRequest, "field.required", "/plan");

        var evaluation = await designer.ReadAsync<Evaluation>(await designer.PostAsync("/api/competence-plans/draft/evaluate", new
        {
            plan = FamiliebehandlingToAfdelingsleder(),
            cases = new[] { Case("aflastning", submitter: "raadgiver@0167") },
        }));
        Assert.Equal(("/cases/0/submitter", "resource.notFound"), (evaluation.Cases[0].Error!.Path, evaluation.Cases[0].Error!.Code));
    }

    [Fact]
    public async Task Should_answer_401_when_not_signed_in()
    {
        using var client = host.Client();

        var response = await client.PostAsync("/api/competence-plans/draft/evaluate", new { plan = FamiliebehandlingToAfdelingsleder() });

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class EvaluateDraftTestsOnSqlite(SqliteHostFixture host) : EvaluateDraftTests(host);

[Collection(PostgresCollection.Name)]
public sealed class EvaluateDraftTestsOnPostgres(PostgresHostFixture host) : EvaluateDraftTests(host);
