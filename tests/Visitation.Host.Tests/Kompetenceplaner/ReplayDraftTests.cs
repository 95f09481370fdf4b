using System.Net;
using Visitation.Host.Tests.Infrastructure;
using Visitation.Host.Tests.Kommuner;
using Visitation.Host.Tests.Organisation;
using static Visitation.Host.Tests.Kompetenceplaner.PlanBodies;
using static Visitation.Host.Tests.Sager.CaseApi;
using static Visitation.Host.Tests.Sager.UnderretningApi;

namespace Visitation.Host.Tests.Kompetenceplaner;

/// <summary>
/// What-if on history, in a municipality of its own whose history is known: two indstillinger of familiebehandling
/// went to the rådgiver and one of aflastning to the teamleder under version 1.
/// </summary>
public abstract class ReplayDraftTests(HostFixture host)
{
    public sealed record LevelCount(string LevelId, string Level, string LevelKind, int Before, int After);

    public sealed record ForumLoad(string LevelId, string Level, int? Meetings, decimal? ItemsPerMeetingBefore, decimal? ItemsPerMeetingAfter, int Added);

    public sealed record RoutedAs(string LevelId, string Level, string RuleId);

    public sealed record ChangedCase(Guid SagId, string CaseNumber, Guid IndstillingId, DateTimeOffset SubmittedAt, string MeasureType, RoutedAs Before, RoutedAs After);

    public sealed record Replay(string From, string To, string DraftDay, int Total, List<LevelCount> Levels, List<ForumLoad> Forums, List<ChangedCase> Changed);

    private sealed record Submitted(DecisionRouting Routing);

    private sealed record DecisionRouting(string LevelId, string RuleId);

    private sealed record Created(Guid Id);

    private static object Plan(string familiebehandling) => new
    {
        effectiveFrom = "2026-01-01",
        hitPolicy = "Unique",
        rules = new[]
        {
            Row("fb", "familiebehandling", familiebehandling, isDefault: true),
            Row("oevrige", "*", "teamleder", isDefault: true),
        },
    };

    private static object Indstilling(string type) => new
    {
        needs = "Familien har brug for hjælp til struktur i hverdagen.",
        measure = new { type, legalBasis = "BL-32", provider = "Familiehuset", providerKind = "intern" },
        scope = new { quantity = 4, unit = "timer-pr-maaned", unitPrice = 850.50m },
        start = "2026-12-01",
        expectedEnd = "2027-05-31",
        goals = new[] { "Faste rutiner morgen og aften" },
        followUpCadence = "P3M",
        gates = new { barnetsPlan = false, boernesamtale = true, familieraadslagning = false, familieraadslagningReason = "Familien ønskede det ikke" },
    };

    private static async Task<Guid> SubmittedCaseAsync(ApiClient raadgiver, ApiClient admin, string type, string expectedLevel)
    {
        var registered = await RegisterAsync(raadgiver, [Child("Barn " + type, NewCpr())]);
        var flowId = registered.Cases[0].WorkflowInstanceId!;
        await CompleteAsync(admin, flowId, "vurdering", "undersoegelse", new { begrundelse = "Bekymring for trivsel" });
        await CompleteAsync(admin, flowId, "undersoegelse", "indstilling");
        var caseId = registered.Cases[0].CaseId;
        var draft = await raadgiver.ReadAsync<Created>(await raadgiver.PostAsync($"/api/cases/{caseId}/indstillinger", Indstilling(type)), HttpStatusCode.Created);
        var submitted = await raadgiver.ReadAsync<Submitted>(await raadgiver.PostAsync($"/api/cases/{caseId}/indstillinger/{draft.Id}/submit", null));
        Assert.Equal(expectedLevel, submitted.Routing.LevelId);
        return caseId;
    }

    [Fact]
    public async Task Should_report_exactly_the_cases_that_move_and_the_forums_added_items_when_a_draft_moves_a_measure_type_to_a_forum()
    {
        // Arrange: levels, a weekly forum for the visitationsudvalg level, version 1, and three submitted indstillinger.
        using var installation = await host.Client().SignedInAsync("admin");
        var (code, administratorName, admin) = await KommuneApi.NewMunicipalityAsync(host, installation);
        using var _ = admin;
        var (_, raadgiver) = await KommuneApi.UserAsync(host, admin, code, "Raadgiver");
        var (_, designer) = await KommuneApi.UserAsync(host, admin, code, "Procesdesigner");
        await OrganisationApi.EnsureLevelAsync(admin, "raadgiver", "Rådgiver", "role");
        await OrganisationApi.EnsureLevelAsync(admin, "teamleder", "Teamleder", "level");
        await OrganisationApi.EnsureLevelAsync(admin, "visitationsudvalg", "Visitationsudvalg", "forum");
        // A seat in a deciding forum is given by another person: a leader seats the administrator.
        var (_, leder) = await KommuneApi.UserAsync(host, admin, code, "Leder");
        using var __ = leder;
        await leder.ReadAsync<Created>(await leder.PostAsync("/api/forums", new
        {
            name = "Visitationsudvalget", kind = "Visitationsudvalg", level = "visitationsudvalg", chair = administratorName, members = new[] { administratorName },
            schedule = new { everyWeeks = 1, weekday = "Thursday", time = "09:00", startsOn = "2026-01-01" },
            cutoff = new { daysBefore = 2, time = "12:00" }, capacity = 10, asyncApproval = "ChairAlone",
        }), HttpStatusCode.Created);
        await designer.ReadAsync<Created>(await designer.SendAsync(HttpMethod.Put, "/api/competence-plans", Plan("raadgiver")), HttpStatusCode.Created);
        var first = await SubmittedCaseAsync(raadgiver, admin, "familiebehandling", "raadgiver");
        var aflastning = await SubmittedCaseAsync(raadgiver, admin, "aflastning", "teamleder");
        var second = await SubmittedCaseAsync(raadgiver, admin, "familiebehandling", "raadgiver");

        // Act
        var replay = await designer.ReadAsync<Replay>(await designer.PostAsync("/api/competence-plans/draft/replay", new { plan = Plan("visitationsudvalg") }));

        // Assert
        Assert.Equal(3, replay.Total);
        Assert.Equal([first, second], replay.Changed.Select(c => c.SagId));
        Assert.DoesNotContain(replay.Changed, c => c.SagId == aflastning);
        Assert.All(replay.Changed, c => Assert.False(string.IsNullOrEmpty(c.CaseNumber)));
        Assert.All(replay.Changed, c => Assert.Equal(("raadgiver", "visitationsudvalg", "fb"), (c.Before.LevelId, c.After.LevelId, c.After.RuleId)));
        Assert.Contains(new LevelCount("raadgiver", "Rådgiver", "role", 2, 0), replay.Levels);
        Assert.Contains(new LevelCount("teamleder", "Teamleder", "level", 1, 1), replay.Levels);
        Assert.Contains(new LevelCount("visitationsudvalg", "Visitationsudvalg", "forum", 0, 2), replay.Levels);
        var forum = Assert.Single(replay.Forums);
        Assert.Equal(("visitationsudvalg", 2, 0m), (forum.LevelId, forum.Added, forum.ItemsPerMeetingBefore));
        Assert.InRange(forum.Meetings!.Value, 45, 53); // weekly, less Danish holidays that fall on a Thursday
        Assert.Equal(decimal.Round(2m / forum.Meetings.Value, 2), forum.ItemsPerMeetingAfter);
    }

    [Fact]
    public async Task Should_refuse_a_draft_with_wrong_fields_at_their_path_and_a_caseworker_outright()
    {
        using var designer = await host.Client().SignedInAsync("procesdesigner@0621");
        using var raadgiver = await host.Client().SignedInAsync("raadgiver@0621");

        await Problem.AssertAsync(await designer.PostAsync("/api/competence-plans/draft/replay", new { plan = new { hitPolicy = "Unique", rules = Array.Empty<object>() } }),
            HttpStatusCode.BadRequest, "field.required", "/plan/effectiveFrom");
        await Problem.AssertAsync(await raadgiver.PostAsync("/api/competence-plans/draft/replay", new { plan = Plan("raadgiver") }),
            HttpStatusCode.Forbidden, "auth.forbidden");
    }
}

[Collection(SqliteCollection.Name)]
public sealed class ReplayDraftTestsOnSqlite(SqliteHostFixture host) : ReplayDraftTests(host);

[Collection(PostgresCollection.Name)]
public sealed class ReplayDraftTestsOnPostgres(PostgresHostFixture host) : ReplayDraftTests(host);
