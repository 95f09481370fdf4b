using System.Net;
using System.Text.Json.Nodes;
using Visitation.Host.Tests.Infrastructure;
using Visitation.Host.Tests.Opgaver;
using Visitation.Host.Tests.Scenarios;
using static Visitation.Host.Tests.Sager.CaseApi;
using static Visitation.Host.Tests.Sager.UnderretningApi;

namespace Visitation.Host.Tests.Sager;

/// <summary>
/// What the caseworkers' workspace needs from the API: tasks that name their case and child, a searchable and sortable
/// work list, what was entered on a task read back on the case's timeline, the next step of a case with no open task,
/// and the case's orders with the provider's answer.
/// </summary>
public abstract class CaseWorkspaceApiTests(HostFixture host)
{
    public sealed record TaskCase(string CaseNumber, string ChildName, string? Cpr);

    public sealed record ListedTask(string Id, string Title, string? CaseId, string ActivityId, DateTimeOffset? DueAt, string Status, TaskCase? Case,
        JsonObject? CompletedData);

    public sealed record TaskPage(List<ListedTask> Items, int Total);

    public sealed record TaskDetails(ListedTask Task);

    public sealed record NextStep(string Code, string? Detail, DateTimeOffset? Since, DateTimeOffset? DueAt, string? TaskId);

    public sealed record WaitingCase(Guid Id, string CaseNumber, string ChildName, string? Cpr, NextStep NextStep);

    public sealed record TimelineEntry(DateTimeOffset At, string Kind, string Code, string? Actor, string? Title, string? Text, JsonObject? Data);

    public sealed record CaseOrder(Guid Id, string Status, string Provider, string MeasureType, decimal Quantity, string Unit, decimal UnitPrice,
        DateTimeOffset SentAt, DateTimeOffset? AnsweredAt, string? AnsweredBy, string? Reason);

    sealed record Created(Guid Id);

    static async Task<TaskPage> TasksAsync(ApiClient client, string query) => await client.ReadAsync<TaskPage>(await client.GetAsync("/api/tasks" + query));

    static async Task<ListedTask> OpenTaskAsync(ApiClient client, Guid caseId, string step) =>
        Assert.Single((await TasksAsync(client, $"?view=case&caseId={caseId}&take=500")).Items, t => t.ActivityId == step && t.Status != "Completed");

    static async Task DoAsync(ApiClient client, ListedTask task, string action, object? data = null)
    {
        var response = await client.CompleteAsync(task.Id, new { action, data = data ?? new { } });
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
    }

    static async Task EnsureAsync(HttpResponseMessage response) =>
        Assert.True(response.IsSuccessStatusCode, $"{response.StatusCode}: {await response.Content.ReadAsStringAsync()}");

    [Fact]
    public async Task Should_name_the_case_number_and_the_child_with_a_masked_cpr_on_each_task_and_search_and_sort_the_work_list()
    {
        using var raadgiver = await host.Client().SignedInAsync("raadgiver@9901");
        var surname = "Vester" + Guid.NewGuid().ToString("N")[..6];
        var cpr = NewCpr();
        var registered = (await RegisterAsync(raadgiver, [Child("Ellen " + surname, cpr)])).Cases.Single();

        var mine = await TasksAsync(raadgiver, "?view=mine&take=500");
        var found = await TasksAsync(raadgiver, $"?view=mine&q={surname.ToUpperInvariant()}");
        var byNumber = await TasksAsync(raadgiver, $"?view=mine&q={registered.CaseNumber}");
        var latestFirst = await TasksAsync(raadgiver, $"?view=mine&q={surname}&sort=-due");
        var wrongSort = await raadgiver.GetAsync("/api/tasks?sort=sideways");
        var text = await (await raadgiver.GetAsync($"/api/tasks?view=mine&q={surname}")).Content.ReadAsStringAsync();

        var ours = mine.Items.Where(t => t.CaseId == registered.CaseId.ToString()).ToList();
        Assert.NotEmpty(ours);
        Assert.All(ours, t => Assert.Equal(new TaskCase(registered.CaseNumber, "Ellen " + surname, cpr[..6] + "-XXXX"), t.Case));
        Assert.Equal(ours.Select(t => t.Id).Order(), found.Items.Select(t => t.Id).Order());
        Assert.Equal(found.Total, byNumber.Total);
        var due = latestFirst.Items.Where(t => t.DueAt is not null).Select(t => t.DueAt!.Value).ToList();
        Assert.True(due.Count >= 2);
        Assert.Equal(due.OrderDescending(), due);
        Assert.Equal(found.Items.Where(t => t.DueAt is not null).Select(t => t.DueAt!.Value).Order(), found.Items.Where(t => t.DueAt is not null).Select(t => t.DueAt!.Value));
        Assert.Equal(HttpStatusCode.BadRequest, wrongSort.StatusCode);
        AssertLastFourAbsent(cpr, text, registered.CaseNumber);
    }

    public sealed record CostPreview(decimal Monthly, decimal ThisYear, decimal Annual, decimal Total, decimal? DurationMonths, bool OpenEnded);

    public sealed record RoutingPreview(string Level, string LevelId, string LevelKind, string RuleId, int PlanVersion, bool OwnCompetence, JsonObject Explanation,
        List<string> Gates, List<string> Notify, List<JsonObject> UnmetGates);

    public sealed record MeetingPreview(Guid ForumId, string Forum, DateOnly Date, DateTimeOffset StartsAt);

    public sealed record Preview(CostPreview? Cost, RoutingPreview? Routing, MeetingPreview? Meeting, List<JsonObject> Missing);

    static object Indstilling(string type, decimal quantity, DateOnly start, string providerKind = "intern", bool barnetsPlan = false) => new
    {
        needs = "Familien har brug for hjælp.",
        measure = new { type, legalBasis = "BL-32", providerKind },
        scope = new { quantity, unit = "timer-pr-maaned", unitPrice = 850.50m },
        start = start.ToString("yyyy-MM-dd"),
        expectedEnd = start.AddMonths(12).AddDays(-1).ToString("yyyy-MM-dd"),
        goals = new[] { "Faste rutiner" },
        followUpCadence = "P3M",
        gates = new { barnetsPlan, boernesamtale = false, familieraadslagning = false, netvaerkskort = false, ledelsesgodkendelse = false },
    };

    [Fact]
    public async Task Should_preview_who_decides_and_what_it_costs_while_the_indstilling_is_typed_without_storing_anything()
    {
        using var kolding = await host.Client().SignedInAsync("raadgiver@0621");
        var sag = await RegisterAsync(kolding, "Carl Dahl", NewCpr());
        var today = TestCalendar.Today;
        var start = new DateOnly(today.Year, today.Month, 1).AddMonths(1);

        var empty = await kolding.ReadAsync<Preview>(await kolding.PostAsync($"/api/cases/{sag.Id}/indstillinger/preview", new { }));
        var own = await kolding.ReadAsync<Preview>(await kolding.PostAsync($"/api/cases/{sag.Id}/indstillinger/preview", Indstilling("familiebehandling", 4m, start)));
        var more = await kolding.ReadAsync<Preview>(await kolding.PostAsync($"/api/cases/{sag.Id}/indstillinger/preview", Indstilling("familiebehandling", 6m, start)));
        var noScope = await kolding.ReadAsync<Preview>(await kolding.PostAsync($"/api/cases/{sag.Id}/indstillinger/preview",
            new { measure = new { type = "familiebehandling", providerKind = "intern" } }));
        var stored = await kolding.GetAsync($"/api/cases/{sag.Id}/indstillinger");
        using var syddjurs = await host.Client().SignedInAsync("raadgiver@0706");
        var forumCase = await RegisterAsync(syddjurs, "Dina Dahl", NewCpr());
        var forum = await syddjurs.ReadAsync<Preview>(await syddjurs.PostAsync($"/api/cases/{forumCase.Id}/indstillinger/preview",
            Indstilling("familiebehandling", 4m, start)));

        Assert.Null(empty.Routing);
        Assert.Contains(empty.Missing, e => e["path"]!.GetValue<string>().StartsWith("/measure"));
        Assert.True(own.Routing!.OwnCompetence, own.Routing.RuleId);
        Assert.Equal("raadgiver", own.Routing.LevelId);
        Assert.False(string.IsNullOrWhiteSpace(own.Routing.Explanation["da"]!.GetValue<string>()));
        // 4 hours × 850.50 kr. = 3,402.00 kr. a month, twelve whole months.
        Assert.Equal((3402.00m, 40824.00m, 40824.00m), (own.Cost!.Monthly, own.Cost.Annual, own.Cost.Total));
        Assert.False(more.Routing!.OwnCompetence);
        Assert.Equal("faglig-koordinator", more.Routing.LevelId);
        Assert.Equal(5103.00m, more.Cost!.Monthly);
        Assert.NotNull(noScope.Routing);
        Assert.Null(noScope.Cost);
        Assert.Empty(JsonNode.Parse(await stored.Content.ReadAsStringAsync())!["indstillinger"]!.AsArray());
        Assert.Equal("forum", forum.Routing!.LevelKind);
        Assert.NotNull(forum.Meeting);
        Assert.True(forum.Meeting!.StartsAt > TestCalendar.Now);
    }

    [Fact]
    public async Task Should_number_cases_in_order_within_the_municipality_and_year_as_people_read_them()
    {
        using var raadgiver = await host.Client().SignedInAsync("raadgiver@0410");
        var first = await RegisterAsync(raadgiver, "Asta Lund", NewCpr());
        var second = (await UnderretningApi.RegisterAsync(raadgiver, [Child("Bo Lund", NewCpr())])).Cases.Single();

        var year = TimeZoneInfo.ConvertTime(TestCalendar.Now, TimeZoneInfo.FindSystemTimeZoneById("Europe/Copenhagen")).Year;
        Assert.Matches($"^{year}-\\d{{6}}$", first.CaseNumber);
        Assert.Equal(int.Parse(first.CaseNumber[5..]) + 1, int.Parse(second.CaseNumber[5..]));
    }

    [Fact]
    public async Task Should_read_back_what_was_entered_on_a_task_and_show_the_next_step_of_a_case_with_no_open_task()
    {
        using var raadgiver = await host.Client().SignedInAsync("raadgiver@9901");
        var registered = (await RegisterAsync(raadgiver, [Child("Aksel Holt", NewCpr())])).Cases.Single();
        var caseId = registered.CaseId;
        var assessment = await OpenTaskAsync(raadgiver, caseId, "vurdering");

        await DoAsync(raadgiver, assessment, "undersoegelse", new { begrundelse = "Skolen er bekymret for fravær" });
        var withTasks = await raadgiver.ReadAsync<NextStep>(await raadgiver.GetAsync($"/api/cases/{caseId}/next-step"));
        await DoAsync(raadgiver, await OpenTaskAsync(raadgiver, caseId, "foraeldre"), "gennemfoert");
        await DoAsync(raadgiver, await OpenTaskAsync(raadgiver, caseId, "kvittering"), "sendt");
        await DoAsync(raadgiver, await OpenTaskAsync(raadgiver, caseId, "undersoegelse"), "indstilling");
        var completed = await raadgiver.ReadAsync<TaskDetails>(await raadgiver.GetAsync($"/api/tasks/{assessment.Id}"));
        var timeline = await raadgiver.ReadAsync<List<TimelineEntry>>(await raadgiver.GetAsync($"/api/cases/{caseId}/timeline"));
        var next = await raadgiver.ReadAsync<NextStep>(await raadgiver.GetAsync($"/api/cases/{caseId}/next-step"));
        var waiting = await raadgiver.ReadAsync<List<WaitingCase>>(await raadgiver.GetAsync("/api/cases/waiting"));
        using var other = await host.Client().SignedInAsync("raadgiver@9902");

        Assert.Equal("Skolen er bekymret for fravær", completed.Task.CompletedData?["begrundelse"]?.GetValue<string>());
        var entry = Assert.Single(timeline, e => e.Kind == "opgave" && e.Title == assessment.Title);
        Assert.Equal("undersoegelse", entry.Data?["action"]?.GetValue<string>());
        Assert.Equal("Skolen er bekymret for fravær", entry.Data?["data"]?["begrundelse"]?.GetValue<string>());
        Assert.NotEqual("raadgiver@9901", entry.Actor);
        Assert.Contains(timeline, e => e.Kind == "underretning" && e.Code == "underretning.modtaget");
        Assert.Equal(timeline.OrderByDescending(e => e.At).Select(e => e.At), timeline.Select(e => e.At));
        Assert.Equal("opgave", withTasks.Code);
        Assert.NotNull(withTasks.TaskId);
        Assert.Equal("indstilling", next.Code);
        Assert.Equal("indstilling", Assert.Single(waiting, w => w.Id == caseId).NextStep.Code);
        Assert.Equal(registered.Cpr, waiting.Single(w => w.Id == caseId).Cpr);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/api/cases/{caseId}/timeline")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/api/cases/{caseId}/next-step")).StatusCode);
    }

    [Fact]
    public async Task Should_show_matching_as_the_next_step_after_a_grant_and_the_order_with_the_providers_answer_to_the_caseworker()
    {
        // Kolding (0621): more than 4 hours a month goes to the faglig koordinator, who grants it; then the case waits for matching.
        var now = new DateTimeOffset(2027, 5, 3, 9, 0, 0, TimeSpan.FromHours(2));
        await using var scenario = await CaseScenario.StartAsync(host, now);
        using var caseworker = await scenario.SignInAsync("raadgiver@0621");
        using var leader = await scenario.SignInAsync("faglig-koordinator@0621");
        using var admin = await scenario.SignInAsync("administrator@0621");
        var targetGroup = Matchning.MatchningApi.NewTargetGroup();
        var provider = await Matchning.MatchningApi.ProviderAsync(admin, "Familiehuset Nord");
        var offer = (await admin.ReadAsync<Created>(await admin.PostAsync("/api/offers", new
        {
            providerId = provider, name = "Familiebehandling Nord", type = "familiebehandling", targetGroup, legalBasis = "BL § 32", price = 800.00m,
            priceUnit = "timer-pr-maaned", capacity = 4, vacancies = 2, provision = "intern", financing = "ramme", approvedUntil = "2030-12-31",
        }), HttpStatusCode.Created)).Id;
        var providerUser = $"lev{Guid.NewGuid():N}"[..11] + "@0621";
        await EnsureAsync(await admin.PostAsync("/api/users", new
        {
            username = providerUser, displayName = "Familiehuset Nord", password = TaskApi.Password, roles = new[] { "Leverandoer" }, providerId = provider,
        }));

        var registered = await CaseScenario.UnderretningFromTeacherAsync(caseworker, "Sofus Brink", NewCpr(), now.AddHours(-1));
        var caseId = registered.CaseId;
        await DoAsync(caseworker, await OpenTaskAsync(caseworker, caseId, "vurdering"), "undersoegelse", new { begrundelse = "Bekymring for trivsel" });
        await DoAsync(caseworker, await OpenTaskAsync(caseworker, caseId, "foraeldre"), "gennemfoert");
        await DoAsync(caseworker, await OpenTaskAsync(caseworker, caseId, "kvittering"), "sendt");
        await DoAsync(caseworker, await OpenTaskAsync(caseworker, caseId, "undersoegelse"), "indstilling");
        var indstillingId = (await caseworker.ReadAsync<Created>(await caseworker.PostAsync($"/api/cases/{caseId}/indstillinger", new
        {
            needs = "Familien har brug for hjælp til struktur i hverdagen.",
            measure = new { type = "familiebehandling", legalBasis = "BL-32", provider = "Familiehuset", providerKind = "intern" },
            scope = new { quantity = 6m, unit = "timer-pr-maaned", unitPrice = 850.50m },
            start = "2027-06-01",
            expectedEnd = "2028-05-31",
            goals = new[] { "Barnet kommer i skole hver dag" },
            followUpCadence = "P3M",
            gates = new { barnetsPlan = false, boernesamtale = true, familieraadslagning = false, familieraadslagningReason = "Familien ønskede det ikke" },
        }), HttpStatusCode.Created)).Id;
        await EnsureAsync(await caseworker.PostAsync($"/api/cases/{caseId}/indstillinger/{indstillingId}/submit", null));
        await DoAsync(caseworker, await OpenTaskAsync(caseworker, caseId, "partshoering"), "gennemfoert", new { begrundelse = "Forældrene er enige." });
        await EnsureAsync(await leader.PostAsync($"/api/cases/{caseId}/indstillinger/{indstillingId}/decision",
            new { outcome = "Bevilget", rationale = "Indsatsen er nødvendig og den mindst indgribende." }));
        var afterGrant = await caseworker.ReadAsync<NextStep>(await caseworker.GetAsync($"/api/cases/{caseId}/next-step"));
        var waiting = await caseworker.ReadAsync<List<WaitingCase>>(await caseworker.GetAsync("/api/cases/waiting"));

        var need = await Matchning.MatchningApi.NeedAsync(caseworker, caseId, indstillingId, targetGroup);
        await EnsureAsync(await Matchning.MatchningApi.ChooseAsync(caseworker, caseId, need.Id, offer));
        var afterOrder = await caseworker.ReadAsync<NextStep>(await caseworker.GetAsync($"/api/cases/{caseId}/next-step"));
        var sent = await caseworker.ReadAsync<List<CaseOrder>>(await caseworker.GetAsync($"/api/cases/{caseId}/orders"));
        using var providerClient = await scenario.SignInAsync(providerUser, TaskApi.Password);
        await EnsureAsync(await providerClient.PostAsync($"/api/provider/orders/{sent.Single().Id}/decline", new { reason = "Ingen ledige behandlere før august." }));
        var answered = await caseworker.ReadAsync<List<CaseOrder>>(await caseworker.GetAsync($"/api/cases/{caseId}/orders"));
        var timeline = await caseworker.ReadAsync<List<TimelineEntry>>(await caseworker.GetAsync($"/api/cases/{caseId}/timeline"));
        var providerRefused = await providerClient.GetAsync($"/api/cases/{caseId}/orders");

        Assert.Equal("matchning", afterGrant.Code);
        Assert.Contains(waiting, w => w.Id == caseId && w.NextStep.Code == "matchning");
        Assert.Equal("leverandoer", afterOrder.Code);
        Assert.StartsWith("Familiehuset Nord", afterOrder.Detail);
        var order = Assert.Single(sent);
        Assert.Equal(("Afventer", "familiebehandling", 6m, 800.00m), (order.Status, order.MeasureType, order.Quantity, order.UnitPrice));
        Assert.StartsWith("Familiehuset Nord", order.Provider);
        Assert.Equal(("Afvist", "Ingen ledige behandlere før august."), (answered.Single().Status, answered.Single().Reason));
        Assert.Contains(timeline, e => e.Code == "bestilling.afvist" && e.Text == "Ingen ledige behandlere før august.");
        Assert.Contains(timeline, e => e.Kind == "afgoerelse" && e.Code == "afgoerelse.Bevilget");
        Assert.Contains(timeline, e => e.Code == "forloeb.bevilget");
        Assert.Equal(HttpStatusCode.Forbidden, providerRefused.StatusCode);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class CaseWorkspaceApiTestsOnSqlite(SqliteHostFixture host) : CaseWorkspaceApiTests(host);

[Collection(PostgresCollection.Name)]
public sealed class CaseWorkspaceApiTestsOnPostgres(PostgresHostFixture host) : CaseWorkspaceApiTests(host);
