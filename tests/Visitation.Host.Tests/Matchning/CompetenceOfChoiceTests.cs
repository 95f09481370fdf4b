using System.Net;
using Visitation.Host.Tests.Infrastructure;
using Visitation.Host.Tests.Scenarios;
using static Visitation.Host.Tests.Bevillinger.BevillingApi;
using static Visitation.Host.Tests.Matchning.MatchningApi;
using static Visitation.Host.Tests.Sager.CaseApi;

namespace Visitation.Host.Tests.Matchning;

/// <summary>
/// Kolding (0621): the caseworker decides familiebehandling of 4 hours a month with the internal provider within their own
/// competence; choosing the external offer in matching changes what the plan looks at (the provider and the price), so the choice
/// waits for the faglig koordinator, whom the plan names for external family treatment, and the grant waits with it.
/// </summary>
public abstract class CompetenceOfChoiceTests(HostFixture host)
{
    sealed record Created(Guid Id);

    sealed record Approval(string Level, string LevelId, string LevelKind, string RuleId, int PlanVersion, List<string> Reasons, string? ApprovedBy, DateTimeOffset? ApprovedAt);

    sealed record MatchingWithApproval(Guid Id, string Status, Approval? Approval, string? RejectionReason);

    /// <summary>Thursday 4 March 2027, 11:00 in Copenhagen.</summary>
    static readonly DateTimeOffset Thursday = new(2027, 3, 4, 10, 0, 0, TimeSpan.Zero);

    const string TargetGroup = "Familier med børn 0-17 år";

    static async Task<(Guid CaseId, Guid IndstillingId)> DecidedWithinOwnCompetenceAsync(CaseScenario scenario, ApiClient caseworker)
    {
        var registered = await CaseScenario.UnderretningFromTeacherAsync(caseworker, "Alma Krogh", NewCpr(), Thursday.AddHours(-1));
        var caseId = registered.CaseId;
        await CaseScenario.CompleteAsync(caseworker, await CaseScenario.OpenTaskAsync(caseworker, caseId, "vurdering"), "undersoegelse",
            new { begrundelse = "Bekymring for trivsel" });
        await CaseScenario.CompleteAsync(caseworker, await CaseScenario.OpenTaskAsync(caseworker, caseId, "undersoegelse"), "indstilling");
        var indstillingId = (await caseworker.ReadAsync<Created>(await caseworker.PostAsync($"/api/cases/{caseId}/indstillinger", new
        {
            needs = "Familien har brug for hjælp til struktur i hverdagen.",
            measure = new { type = "familiebehandling", legalBasis = "BL-32", provider = "Familiehuset Kolding", providerKind = "intern", providerFinancing = "ramme" },
            scope = new { quantity = 4m, unit = "timer-pr-maaned", unitPrice = 600m },
            start = "2027-04-01",
            expectedEnd = "2027-09-30",
            goals = new[] { "Faste rutiner morgen og aften" },
            followUpCadence = "P3M",
            gates = new { barnetsPlan = true, boernesamtale = true, familieraadslagning = true },
        }), HttpStatusCode.Created)).Id;
        (await caseworker.PostAsync($"/api/cases/{caseId}/indstillinger/{indstillingId}/submit", null)).EnsureSuccessStatusCode();
        await CaseScenario.CompleteAsync(caseworker, await CaseScenario.OpenTaskAsync(caseworker, caseId, "partshoering"), "gennemfoert",
            new { begrundelse = "Forældrene er enige i indstillingen." });
        var decided = await caseworker.PostAsync($"/api/cases/{caseId}/indstillinger/{indstillingId}/decision",
            new { outcome = "Bevilget", rationale = "Indsatsen er nødvendig og ligger inden for min kompetence." });
        Assert.True(decided.IsSuccessStatusCode, await decided.Content.ReadAsStringAsync());
        return (caseId, indstillingId);
    }

    [Fact]
    public async Task Should_hold_an_external_choice_and_the_grant_for_the_faglig_koordinator_when_the_caseworker_decided_an_internal_provider()
    {
        await using var scenario = await CaseScenario.StartAsync(host, Thursday);
        using var caseworker = await scenario.SignInAsync("raadgiver@0621");
        using var koordinator = await scenario.SignInAsync("faglig-koordinator@0621");
        var (caseId, indstillingId) = await DecidedWithinOwnCompetenceAsync(scenario, caseworker);
        var need = await NeedAsync(caseworker, caseId, indstillingId, TargetGroup);
        var candidates = await CandidatesAsync(caseworker, caseId, need.Id);
        var external = Assert.Single(candidates, c => c.OfferName == "Eksempel: Familieterapi ved ekstern terapeut");

        var chosen = await caseworker.ReadAsync<MatchingWithApproval>(await ChooseAsync(caseworker, caseId, need.Id, external.OfferId, "Familien ønsker en ekstern terapeut."));
        var grantsWhileWaiting = await GrantsAsync(caseworker, caseId);
        var byCaseworker = await caseworker.PostAsync($"/api/cases/{caseId}/matchninger/{need.Id}/approve", new { outcome = "Godkendt" });
        var refusedWithoutReason = await koordinator.PostAsync($"/api/cases/{caseId}/matchninger/{need.Id}/approve", new { outcome = "Afvist" });
        var approved = await koordinator.ReadAsync<MatchingWithApproval>(await koordinator.PostAsync($"/api/cases/{caseId}/matchninger/{need.Id}/approve",
            new { outcome = "Godkendt" }));
        var grant = Assert.Single(await GrantsAsync(caseworker, caseId));
        var again = await koordinator.PostAsync($"/api/cases/{caseId}/matchninger/{need.Id}/approve", new { outcome = "Godkendt" });

        Assert.Equal("AfventerGodkendelse", chosen.Status);
        Assert.Equal(("faglig-koordinator", "Faglig koordinator", "level", "kol-fb-ekstern"),
            (chosen.Approval!.LevelId, chosen.Approval.Level, chosen.Approval.LevelKind, chosen.Approval.RuleId));
        Assert.Equal(["niveau", "beloeb"], chosen.Approval.Reasons);
        Assert.Null(chosen.Approval.ApprovedBy);
        Assert.Empty(grantsWhileWaiting);
        await Problem.AssertAsync(byCaseworker, HttpStatusCode.Forbidden, "matchning.notApprover");
        await Problem.AssertAsync(refusedWithoutReason, HttpStatusCode.BadRequest, "field.required", "/reason");
        Assert.Equal(("Valgt", "faglig-koordinator@0621"), (approved.Status, approved.Approval!.ApprovedBy));
        Assert.Equal((1400m, external.ProviderId, 4m), (grant.UnitPrice, grant.ProviderId!.Value, grant.Quantity));
        await Problem.AssertAsync(again, HttpStatusCode.Conflict, "matchning.notAwaitingApproval");
    }

    [Fact]
    public async Task Should_pass_an_internal_choice_within_the_decided_competence_straight_to_the_grant()
    {
        await using var scenario = await CaseScenario.StartAsync(host, Thursday);
        using var caseworker = await scenario.SignInAsync("raadgiver@0621");
        var (caseId, indstillingId) = await DecidedWithinOwnCompetenceAsync(scenario, caseworker);
        var need = await NeedAsync(caseworker, caseId, indstillingId, TargetGroup);
        var own = Assert.Single(await CandidatesAsync(caseworker, caseId, need.Id), c => c.OfferName == "Eksempel: Familiebehandling i hjemmet");

        var chosen = await caseworker.ReadAsync<MatchingWithApproval>(await ChooseAsync(caseworker, caseId, need.Id, own.OfferId));

        Assert.Equal(("Valgt", (Approval?)null), (chosen.Status, chosen.Approval));
        Assert.Equal(600m, Assert.Single(await GrantsAsync(caseworker, caseId)).UnitPrice);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class CompetenceOfChoiceTestsOnSqlite(SqliteHostFixture host) : CompetenceOfChoiceTests(host);

[Collection(PostgresCollection.Name)]
public sealed class CompetenceOfChoiceTestsOnPostgres(PostgresHostFixture host) : CompetenceOfChoiceTests(host);
