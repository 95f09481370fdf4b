using System.Net;
using Visitation.Host.Tests.Infrastructure;
using Visitation.Host.Tests.Opgaver;
using static Visitation.Host.Tests.Sager.CaseApi;
using static Visitation.Host.Tests.Sager.UnderretningApi;

namespace Visitation.Host.Tests.Sager;

/// <summary>
/// From underretning to a decided indstilling in Kolding (0621), whose example plan lets the rådgiver grant
/// familiebehandling up to 4 hours a month from an internal provider and sends more to the faglig koordinator.
/// Submission signals the case's flow, which puts the decision task on the work list of whoever decides.
/// </summary>
public abstract class DecisionTests(HostFixture host)
{
    public sealed record Routing(string Level, string LevelId, string LevelKind, string RuleId, int PlanVersion, bool OwnCompetence, string? Explanation = null);

    public sealed record Indstilling(Guid Id, string Status, decimal CostThisYear, decimal CostTotal, List<string> Goals, Routing? Routing, string? ReturnedFor,
        bool? Consent = null);

    public sealed record Submitted(Indstilling Indstilling, Routing Routing);

    public sealed record Decision(Guid Id, string Outcome, string Rationale, string? Change, decimal? ChangedQuantity, string? Investigate, string LevelId,
        string RuleId, int PlanVersion, string DecidedBy, string? SubstituteFor);

    public sealed record CaseDecisions(List<Indstilling> Indstillinger, List<Decision> Decisions);

    private static object Familiebehandling(decimal hours, string providerKind = "intern", string type = "familiebehandling", string legalBasis = "BL-32",
        bool barnetsPlan = false, bool? consent = null) => new
    {
        needs = "Familien har brug for hjælp til struktur i hverdagen.",
        measure = new { type, legalBasis, provider = "Familiehuset", providerKind },
        scope = new { quantity = hours, unit = "timer-pr-maaned", unitPrice = 850.50m },
        start = "2026-12-01",
        expectedEnd = "2027-05-31",
        goals = new[] { "Faste rutiner morgen og aften", "Barnet kommer i skole hver dag" },
        followUpCadence = "P3M",
        alternatives = "Netværksmøder alene blev overvejet.",
        consent,
        gates = new { barnetsPlan, boernesamtale = true, familieraadslagning = false, familieraadslagningReason = "Familien ønskede det ikke" },
    };

    private async Task<Guid> CaseAsync(ApiClient raadgiver, ApiClient admin)
    {
        var registered = await RegisterAsync(raadgiver, [Child("Sofus Brink", NewCpr())]);
        var flowId = registered.Cases[0].WorkflowInstanceId!;
        await CompleteAsync(admin, flowId, "vurdering", "undersoegelse", new { begrundelse = "Bekymring for trivsel" });
        await CompleteAsync(admin, flowId, "undersoegelse", "indstilling");
        return registered.Cases[0].CaseId;
    }

    private static async Task<Indstilling> DraftAsync(ApiClient client, Guid caseId, object body) =>
        await client.ReadAsync<Indstilling>(await client.PostAsync($"/api/cases/{caseId}/indstillinger", body), HttpStatusCode.Created);

    private static async Task<Submitted> SubmitAsync(ApiClient client, Guid caseId, Guid id) =>
        await client.ReadAsync<Submitted>(await client.PostAsync($"/api/cases/{caseId}/indstillinger/{id}/submit", null));

    /// <summary>The case's open decision task as the client's work list shows it in the view, or null.</summary>
    private static async Task<TaskApi.WorkItem?> DecisionTaskAsync(ApiClient client, Guid caseId, string view) =>
        (await TaskApi.ListAsync(client, $"?view={view}&take=200")).Items.SingleOrDefault(t => t.CaseId == caseId.ToString() && t.ActivityId == "afgoerelse");

    private static async Task<List<TaskApi.WorkItem>> CaseTasksAsync(ApiClient client, Guid caseId) =>
        (await TaskApi.ListAsync(client, $"?view=case&caseId={caseId}&take=200")).Items;

    /// <summary>Completes the case's partshøring task, which the flow puts before the decision.</summary>
    private static async Task HearPartiesAsync(ApiClient caseworker, Guid caseId)
    {
        var hearing = Assert.Single(await CaseTasksAsync(caseworker, caseId), t => t.ActivityId == "partshoering" && t.Status is not ("Completed" or "Cancelled"));
        await caseworker.ReadAsync<TaskApi.WorkItem>(await TaskApi.CompleteAsync(caseworker, hearing.Id,
            new { action = "gennemfoert", data = new { begrundelse = "Forældrene er enige i indstillingen." } }));
    }

    private static Task<HttpResponseMessage> DecideAsync(ApiClient client, Guid caseId, Guid id, object body) =>
        client.PostAsync($"/api/cases/{caseId}/indstillinger/{id}/decision", body);

    [Fact]
    public async Task Should_let_the_caseworker_decide_within_their_own_competence_and_print_the_letter()
    {
        using var raadgiver = await host.Client().SignedInAsync("raadgiver@0621");
        using var admin = await host.Client().SignedInAsync("administrator@0621");
        var caseId = await CaseAsync(raadgiver, admin);

        var draft = await DraftAsync(raadgiver, caseId, Familiebehandling(4));
        var submitted = await SubmitAsync(raadgiver, caseId, draft.Id);
        await HearPartiesAsync(raadgiver, caseId);
        var task = await DecisionTaskAsync(raadgiver, caseId, "mine");
        var decision = await raadgiver.ReadAsync<Decision>(await DecideAsync(raadgiver, caseId, draft.Id,
            new { outcome = "Bevilget", rationale = "Familien har brug for støtte, og indsatsen er den mindst indgribende." }));
        var afterDecision = await raadgiver.TaskAsync(task!.Id);
        var letter = await raadgiver.GetAsync($"/api/cases/{caseId}/decisions/{decision.Id}/letter");
        var html = await letter.Content.ReadAsStringAsync();
        var detail = await raadgiver.ReadAsync<CaseDetail>(await raadgiver.GetAsync($"/api/cases/{caseId}"));

        // 4 hours × 850.50 kr. = 3,402.00 kr. a month; December 2026 to May 2027 is six whole months.
        Assert.Equal(3402.00m, draft.CostThisYear);
        Assert.Equal(20412.00m, draft.CostTotal);
        Assert.Equal("raadgiver", submitted.Routing.LevelId);
        Assert.Equal("kol-fb-raadgiver", submitted.Routing.RuleId);
        Assert.True(submitted.Routing.OwnCompetence);
        Assert.Equal("AfventerAfgoerelse", submitted.Indstilling.Status);
        Assert.Equal([new TaskApi.Candidate("user", "raadgiver@0621")], task.Candidates);
        Assert.Equal("raadgiver@0621", task.Assignee);
        Assert.Equal(("Completed", "bevilget"), (afterDecision.Task.Status, afterDecision.Task.CompletedAction));
        Assert.Equal("Bevilget", decision.Outcome);
        Assert.Equal(("kol-fb-raadgiver", submitted.Routing.PlanVersion), (decision.RuleId, decision.PlanVersion));
        Assert.Equal("text/html", letter.Content.Headers.ContentType?.MediaType);
        Assert.Contains("Klagevejledning", html);
        Assert.Contains("4 uger", html);
        Assert.Contains("Ankestyrelsen", html);
        Assert.Contains("Afgørelsen er truffet efter Barnets Lov § 32.", html);
        Assert.Contains("<li>Omfang: 4 timer om måneden</li>", html);
        Assert.Contains("Med venlig hilsen<br>Rådgiver (Kolding)", html);
        Assert.Contains("den mindst indgribende", html);
        // Addressed to the custody holder; the plan's internal rule id is not for the family.
        Assert.Contains("<p class=\"til\">Til Far Sofus Brink", html);
        Assert.DoesNotContain("kol-fb-raadgiver", html);
        Assert.Contains("efter kommunens kompetenceplan (version ", html);
        Assert.Contains("Sofus Brink", html);
        Assert.DoesNotContain(detail.Cpr!, html);
        AssertLastFourAbsent(detail.Cpr!, html);

        // The same letter as PDF: a real document whose text is the letter's, for Digital Post.
        var pdf = await raadgiver.GetAsync($"/api/cases/{caseId}/decisions/{decision.Id}/letter.pdf");
        Assert.Equal(HttpStatusCode.OK, pdf.StatusCode);
        Assert.Equal("application/pdf", pdf.Content.Headers.ContentType?.MediaType);
        var bytes = await pdf.Content.ReadAsByteArrayAsync();
        Assert.Equal("%PDF-", System.Text.Encoding.ASCII.GetString(bytes, 0, 5));
        var (pages, text) = PdfText.Extract(bytes);
        var flat = string.Join(' ', text.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.InRange(pages, 1, 3);
        Assert.Contains("Til Far Sofus Brink", flat);
        Assert.Contains("Afgørelsen er truffet efter Barnets Lov § 32.", flat);
        Assert.Contains("Omfang: 4 timer om måneden", flat);
        Assert.Contains("den mindst indgribende", flat);
        Assert.Contains("Klagevejledning", flat);
        Assert.Contains("Rådgiver (Kolding)", flat);
        Assert.DoesNotContain("kol-fb-raadgiver", flat);
        Assert.DoesNotContain(detail.Cpr!, flat);
        Assert.DoesNotContain(detail.Cpr!, pdf.Content.Headers.ContentDisposition?.ToString() ?? "");
    }

    [Fact]
    public async Task Should_route_above_the_caseworkers_limit_to_the_leader_level_who_decides_with_a_change()
    {
        using var raadgiver = await host.Client().SignedInAsync("raadgiver@0621");
        using var leder = await host.Client().SignedInAsync("faglig-koordinator@0621");
        using var admin = await host.Client().SignedInAsync("administrator@0621");
        var caseId = await CaseAsync(raadgiver, admin);
        var draft = await DraftAsync(raadgiver, caseId, Familiebehandling(6));

        var submitted = await SubmitAsync(raadgiver, caseId, draft.Id);
        await HearPartiesAsync(raadgiver, caseId);
        var leaderTask = await DecisionTaskAsync(leder, caseId, "candidate");
        var caseworkerSees = await DecisionTaskAsync(raadgiver, caseId, "mine") ?? await DecisionTaskAsync(raadgiver, caseId, "candidate");
        var byCaseworker = await DecideAsync(raadgiver, caseId, draft.Id, new { outcome = "Bevilget", rationale = "Jeg bevilger" });
        var byCaseworkerTask = await TaskApi.CompleteAsync(raadgiver, leaderTask!.Id, new { action = "bevilget", data = new { begrundelse = "Jeg bevilger" } });
        var decision = await leder.ReadAsync<Decision>(await DecideAsync(leder, caseId, draft.Id, new
        {
            outcome = "BevilgetMedAendring", rationale = "Behovet dækkes med færre timer.", change = "5 timer om måneden i stedet for 6.", changedQuantity = 5,
        }));
        var letter = await (await raadgiver.GetAsync($"/api/cases/{caseId}/decisions/{decision.Id}/letter")).Content.ReadAsStringAsync();

        Assert.Equal(("faglig-koordinator", "level", false), (submitted.Routing.LevelId, submitted.Routing.LevelKind, submitted.Routing.OwnCompetence));
        Assert.Equal("kol-fb-over-4-timer", submitted.Routing.RuleId);
        Assert.Equal([new TaskApi.Candidate("level", "faglig-koordinator")], leaderTask.Candidates);
        Assert.Null(caseworkerSees);
        await Problem.AssertAsync(byCaseworker, HttpStatusCode.NotFound, "resource.notFound");
        await Problem.AssertAsync(byCaseworkerTask, HttpStatusCode.NotFound, "resource.notFound");
        Assert.Equal(("BevilgetMedAendring", "faglig-koordinator@0621", 5m), (decision.Outcome, decision.DecidedBy, decision.ChangedQuantity!.Value));
        Assert.Equal("kol-fb-over-4-timer", decision.RuleId);
        Assert.Contains("5 timer om måneden i stedet for 6.", letter);
    }

    [Fact]
    public async Task Should_let_the_substitute_decide_for_an_absent_holder_of_the_level()
    {
        using var admin = await host.Client().SignedInAsync("administrator@0621");
        using var raadgiver = await host.Client().SignedInAsync("raadgiver@0621");
        var suffix = Guid.NewGuid().ToString("N")[..6];
        var holder = await CreateUserAsync(admin, $"fk-{suffix}@0621");
        var substitute = await CreateUserAsync(admin, $"vikar-{suffix}@0621");
        var absent = await admin.SendAsync(HttpMethod.Put, $"/api/organisation/users/{holder}", new
        {
            levels = new[] { "faglig-koordinator" }, substitute = $"vikar-{suffix}@0621", absentFrom = TestCalendar.Now.AddDays(-1),
        });
        Assert.Equal(HttpStatusCode.OK, absent.StatusCode);
        var caseId = await CaseAsync(raadgiver, admin);
        var draft = await DraftAsync(raadgiver, caseId, Familiebehandling(8));
        await SubmitAsync(raadgiver, caseId, draft.Id);
        await HearPartiesAsync(raadgiver, caseId);

        using var vikar = await host.Client().SignedInAsync($"vikar-{suffix}@0621", "demo-password-1");
        var vikarTask = await DecisionTaskAsync(vikar, caseId, "candidate");
        var decision = await vikar.ReadAsync<Decision>(await DecideAsync(vikar, caseId, draft.Id, new { outcome = "Afslaaet", rationale = "Behovet dækkes af skolen." }));

        var closed = await raadgiver.ReadAsync<CaseDetail>(await raadgiver.GetAsync($"/api/cases/{caseId}"));

        Assert.NotNull(vikarTask);
        Assert.Equal(($"vikar-{suffix}@0621", $"fk-{suffix}@0621"), (decision.DecidedBy, decision.SubstituteFor));
        Assert.Equal("Lukket", closed.Status);
    }

    [Fact]
    public async Task Should_return_an_indstilling_for_more_investigation_and_decide_it_when_resubmitted()
    {
        using var raadgiver = await host.Client().SignedInAsync("raadgiver@0621");
        using var leder = await host.Client().SignedInAsync("faglig-koordinator@0621");
        using var admin = await host.Client().SignedInAsync("administrator@0621");
        var caseId = await CaseAsync(raadgiver, admin);
        var draft = await DraftAsync(raadgiver, caseId, Familiebehandling(6, providerKind: "ekstern"));
        await SubmitAsync(raadgiver, caseId, draft.Id);
        await HearPartiesAsync(raadgiver, caseId);

        var task = await DecisionTaskAsync(leder, caseId, "candidate");
        var withoutRationale = await TaskApi.CompleteAsync(leder, task!.Id, new { action = "tilbagesendt", data = new { undersoeg = "Indhent skolens udtalelse." } });
        var returnedTask = await leder.ReadAsync<TaskApi.WorkItem>(await TaskApi.CompleteAsync(leder, task.Id,
            new { action = "tilbagesendt", data = new { begrundelse = "Skolens vurdering mangler.", undersoeg = "Indhent skolens udtalelse." } }));
        var afterReturn = await raadgiver.ReadAsync<CaseDecisions>(await raadgiver.GetAsync($"/api/cases/{caseId}/indstillinger"));
        var returned = Assert.Single(afterReturn.Decisions);
        var submittedTooEarly = await raadgiver.PostAsync($"/api/cases/{caseId}/indstillinger/{draft.Id}/submit", null);
        var undersoegelse = Assert.Single(await CaseTasksAsync(raadgiver, caseId), t => t.ActivityId == "undersoegelse" && t.Status != "Completed" && t.Status != "Cancelled");
        var revised = await raadgiver.ReadAsync<Indstilling>(await raadgiver.SendAsync(HttpMethod.Put, $"/api/cases/{caseId}/indstillinger/{draft.Id}", Familiebehandling(6)));
        await raadgiver.ReadAsync<TaskApi.WorkItem>(await TaskApi.CompleteAsync(raadgiver, undersoegelse.Id, new { action = "indstilling", data = new { } }));
        var resubmitted = await SubmitAsync(raadgiver, caseId, draft.Id);
        await HearPartiesAsync(raadgiver, caseId);
        var secondTask = await DecisionTaskAsync(leder, caseId, "candidate");
        var granted = await leder.ReadAsync<Decision>(await DecideAsync(leder, caseId, draft.Id, new { outcome = "Bevilget", rationale = "Skolen bekræfter behovet." }));
        var history = await raadgiver.ReadAsync<CaseDecisions>(await raadgiver.GetAsync($"/api/cases/{caseId}/indstillinger"));

        await Problem.AssertAsync(withoutRationale, HttpStatusCode.BadRequest, "field.required", "/data/begrundelse");
        Assert.Equal(("Completed", "tilbagesendt"), (returnedTask.Status, returnedTask.CompletedAction));
        Assert.Equal(("Tilbagesendt", "Indhent skolens udtalelse.", "faglig-koordinator@0621"), (returned.Outcome, returned.Investigate, returned.DecidedBy));
        await Problem.AssertAsync(submittedTooEarly, HttpStatusCode.Conflict, "indstilling.flowNotReady");
        Assert.NotNull(secondTask);
        Assert.NotEqual(task.Id, secondTask.Id);
        Assert.Equal(("Tilbagesendt", "Indhent skolens udtalelse."), (afterReturn.Indstillinger[0].Status, afterReturn.Indstillinger[0].ReturnedFor));
        Assert.Equal("Tilbagesendt", revised.Status);
        Assert.Equal("AfventerAfgoerelse", resubmitted.Indstilling.Status);
        Assert.Equal("Bevilget", granted.Outcome);
        Assert.Equal(["Tilbagesendt", "Bevilget"], history.Decisions.Select(d => d.Outcome));
        Assert.Equal("Afgjort", history.Indstillinger[0].Status);
    }

    [Fact]
    public async Task Should_hear_the_parties_before_the_decision_task_appears()
    {
        using var raadgiver = await host.Client().SignedInAsync("raadgiver@0621");
        using var admin = await host.Client().SignedInAsync("administrator@0621");
        var caseId = await CaseAsync(raadgiver, admin);
        var draft = await DraftAsync(raadgiver, caseId, Familiebehandling(4));
        var submitted = await SubmitAsync(raadgiver, caseId, draft.Id);

        var hearing = Assert.Single(await CaseTasksAsync(raadgiver, caseId), t => t.ActivityId == "partshoering");
        var details = await raadgiver.ReadAsync<System.Text.Json.Nodes.JsonObject>(await raadgiver.GetAsync($"/api/tasks/{hearing.Id}"));
        var decisionTaskBefore = await DecisionTaskAsync(raadgiver, caseId, "mine");
        var decidedBefore = await DecideAsync(raadgiver, caseId, draft.Id, new { outcome = "Bevilget", rationale = "For tidligt" });
        var waivedWithoutReason = await TaskApi.CompleteAsync(raadgiver, hearing.Id, new { action = "undladt", data = new { } });
        await raadgiver.ReadAsync<TaskApi.WorkItem>(await TaskApi.CompleteAsync(raadgiver, hearing.Id,
            new { action = "undladt", data = new { begrundelse = "Afgørelsen giver parterne fuldt medhold." } }));
        var decisionTaskAfter = await DecisionTaskAsync(raadgiver, caseId, "mine");

        Assert.Equal("AfventerAfgoerelse", submitted.Indstilling.Status);
        Assert.NotNull(hearing.DueAt);
        Assert.Contains("Far Sofus Brink", details["task"]!["description"]!.GetValue<string>());
        Assert.Null(decisionTaskBefore);
        await Problem.AssertAsync(decidedBefore, HttpStatusCode.Conflict, "indstilling.notAwaitingDecision");
        await Problem.AssertAsync(waivedWithoutReason, HttpStatusCode.BadRequest, "field.required", "/data/begrundelse");
        Assert.NotNull(decisionTaskAfter);
    }

    [Fact]
    public async Task Should_refuse_submission_with_unmet_gates_and_park_a_forum_level_indstilling_for_the_meeting()
    {
        using var raadgiver = await host.Client().SignedInAsync("raadgiver@0621");
        using var admin = await host.Client().SignedInAsync("administrator@0621");
        var caseId = await CaseAsync(raadgiver, admin);

        var placement = await DraftAsync(raadgiver, caseId, Familiebehandling(1, type: "anbringelse", legalBasis: "BL-46", consent: true));
        var refused = await raadgiver.PostAsync($"/api/cases/{caseId}/indstillinger/{placement.Id}/submit", null);
        var withoutConsent = await DraftAsync(raadgiver, caseId, Familiebehandling(1, type: "anbringelse", legalBasis: "BL-47", barnetsPlan: true, consent: false));
        raadgiver.Http.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en");
        var parked = await SubmitAsync(raadgiver, caseId, withoutConsent.Id);
        raadgiver.Http.DefaultRequestHeaders.AcceptLanguage.Clear();
        var decided = await DecideAsync(raadgiver, caseId, withoutConsent.Id, new { outcome = "Bevilget", rationale = "Nej" });
        var tooManyGoals = await raadgiver.PostAsync($"/api/cases/{caseId}/indstillinger", new
        {
            needs = "x", measure = new { type = "aflastning", legalBasis = "BL-32" }, scope = new { quantity = 1, unit = "vederlag", unitPrice = 1.234m },
            start = "2026-12-01", goals = new[] { "a", "b", "c", "d" }, followUpCadence = "om lidt",
        });

        await Problem.AssertAsync(refused, HttpStatusCode.UnprocessableEntity, "indstilling.gateUnmet", "/gates/barnetsPlan");
        Assert.Equal(("forum", "ParkeretTilMoede"), (parked.Routing.LevelKind, parked.Indstilling.Status));
        // Asked in English, the routing explains itself in English.
        Assert.StartsWith("A placement without consent is always decided by", parked.Routing.Explanation);
        // The consent is echoed as it was sent, so the caseworker sees what routed the placement.
        Assert.Equal(((bool?)true, (bool?)false, (bool?)false), (placement.Consent, withoutConsent.Consent, parked.Indstilling.Consent));
        await Problem.AssertAsync(decided, HttpStatusCode.Conflict, "indstilling.awaitsMeeting");
        var errors = await Problem.AssertAsync(tooManyGoals, HttpStatusCode.BadRequest, "indstilling.tooManyGoals", "/goals");
        Assert.Contains(errors, e => e.Path == "/followUpCadence");
        Assert.Contains(errors, e => e.Path == "/scope/unitPrice" && e.Code == "field.tooManyDecimals");
    }

    [Fact]
    public async Task Should_hide_indstillinger_decisions_and_letters_from_another_municipality()
    {
        using var raadgiver = await host.Client().SignedInAsync("raadgiver@0621");
        using var admin = await host.Client().SignedInAsync("administrator@0621");
        using var other = await host.Client().SignedInAsync("raadgiver@0410");
        var caseId = await CaseAsync(raadgiver, admin);
        var draft = await DraftAsync(raadgiver, caseId, Familiebehandling(2));
        await SubmitAsync(raadgiver, caseId, draft.Id);
        await HearPartiesAsync(raadgiver, caseId);
        var decision = await raadgiver.ReadAsync<Decision>(await DecideAsync(raadgiver, caseId, draft.Id, new { outcome = "Bevilget", rationale = "Ok" }));

        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/api/cases/{caseId}/indstillinger")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/api/cases/{caseId}/decisions/{decision.Id}/letter")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.PostAsync($"/api/cases/{caseId}/indstillinger/{draft.Id}/submit", null)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await DecideAsync(other, caseId, draft.Id, new { outcome = "Afslaaet", rationale = "x" })).StatusCode);
    }

    private static async Task<Guid> CreateUserAsync(ApiClient admin, string username)
    {
        var response = await admin.PostAsync("/api/users", new { username, displayName = username, password = "demo-password-1", roles = new[] { "Leder" } });
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.Created, text);
        return System.Text.Json.JsonDocument.Parse(text).RootElement.GetProperty("id").GetGuid();
    }
}

[Collection(SqliteCollection.Name)]
public sealed class DecisionTestsOnSqlite(SqliteHostFixture host) : DecisionTests(host);

[Collection(PostgresCollection.Name)]
public sealed class DecisionTestsOnPostgres(PostgresHostFixture host) : DecisionTests(host);
