using System.Net;
using System.Text;
using Visitation.Host.Tests.Infrastructure;
using Visitation.Host.Tests.Scenarios;
using static Visitation.Host.Tests.Sager.CaseApi;
using static Visitation.Host.Tests.Sager.UnderretningApi;

namespace Visitation.Host.Tests.Sager;

/// <summary>An underretning creates or adds to cases and starts or signals the shipped flow visitation-standard.</summary>
public abstract class UnderretningTests(HostFixture host)
{
    private static readonly TimeZoneInfo Copenhagen = TimeZoneInfo.FindSystemTimeZoneById("Europe/Copenhagen");

    [Fact]
    public async Task Should_open_a_linked_case_per_sibling_with_assessment_receipt_and_parents_tasks_and_their_deadlines()
    {
        // The host's clock stands an hour after the receipt, the Wednesday before Easter 2027.
        await using var scenario = await CaseScenario.StartAsync(host, BeforeEaster2027.AddHours(1));
        using var raadgiver = await scenario.SignInAsync("raadgiver@9901");
        using var admin = await scenario.SignInAsync("administrator@9901");
        var (first, second) = (NewCpr(), NewCpr());

        var registered = await RegisterAsync(raadgiver, [Child("Noah Friis", first), Child("Nora Friis", second)], receivedAt: BeforeEaster2027,
            attachments: [new { title = "Underretning (PDF)", fileName = "underretning.txt", contentType = "text/plain", content = Encoding.UTF8.GetBytes("Underretning") }]);
        var detail = await raadgiver.ReadAsync<CaseDetail>(await raadgiver.GetAsync($"/api/cases/{registered.Cases[0].CaseId}"));
        var flow = await FlowAsync(admin, registered.Cases[0].WorkflowInstanceId!);

        Assert.Equal(2, registered.Cases.Count);
        Assert.All(registered.Cases, c => Assert.True(c.NewCase));
        Assert.Equal(first[..6] + "-XXXX", registered.Cases[0].Cpr);
        Assert.Equal(registered.Cases[1].CaseId, Assert.Single(detail.Siblings).Id);
        Assert.Equal(registered.Cases[0].WorkflowInstanceId, detail.WorkflowInstanceId);
        Assert.Equal("underretning.txt", Assert.Single(detail.Documents).FileName);
        Assert.Equal(registered.Cases[0].CaseId.ToString(), flow.CorrelationId);
        Assert.Equal(["foraeldre", "kvittering", "vurdering"], OpenTasks(flow));
        Assert.Contains(flow.Bookmarks, b => b.ActivityId == "vent-underretning");
        Assert.Equal(BeforeEaster2027.AddHours(24), Variable(flow, "vurderingFrist"));
        // Six working days after Wednesday 24 March 2027 skip Maundy Thursday, Good Friday, the weekend and Easter Monday: Tuesday 6 April.
        Assert.Equal(new DateTime(2027, 4, 6, 23, 59, 59), TimeZoneInfo.ConvertTime(Variable(flow, "kvitteringFrist"), Copenhagen).DateTime);
    }

    [Fact]
    public async Task Should_ask_for_no_receipt_when_the_notifier_is_anonymous_and_show_identity_only_to_the_case_handlers()
    {
        using var raadgiver = await host.Client().SignedInAsync("raadgiver@9901");
        using var leder = await host.Client().SignedInAsync("leder@9901");
        using var admin = await host.Client().SignedInAsync("administrator@9901");

        var anonymous = await RegisterAsync(raadgiver, [Child("Vigga Lind", NewCpr())], notifierType: "Anonymous");
        var professional = await RegisterAsync(raadgiver, [Child("Malte Krog", NewCpr())], tovholder: "leder@9901");
        var flow = await FlowAsync(admin, anonymous.Cases[0].WorkflowInstanceId!);
        var seenByLeader = await leder.ReadAsync<List<UnderretningView>>(await leder.GetAsync($"/api/cases/{professional.Cases[0].CaseId}/underretninger"));
        var seenByOther = await raadgiver.ReadAsync<List<UnderretningView>>(await raadgiver.GetAsync($"/api/cases/{professional.Cases[0].CaseId}/underretninger"));

        Assert.Equal(["foraeldre", "vurdering"], OpenTasks(flow));
        Assert.Equal("Lærer Hanne Krog", Assert.Single(seenByLeader).Notifier.Name);
        Assert.Equal("Professional", seenByOther[0].Notifier.Type);
        Assert.True(seenByOther[0].Notifier.Identified);
        Assert.Null(seenByOther[0].Notifier.Name);
        Assert.Null(seenByOther[0].Notifier.Contact);
    }

    [Fact]
    public async Task Should_add_a_new_underretning_to_the_open_case_and_ask_for_a_reassessment()
    {
        using var raadgiver = await host.Client().SignedInAsync("raadgiver@9901");
        using var admin = await host.Client().SignedInAsync("administrator@9901");
        var cpr = NewCpr();
        var receivedAt = AnHourAgo();
        var first = await RegisterAsync(raadgiver, [Child("Otto Vang", cpr)], receivedAt: receivedAt);
        var later = receivedAt.AddMinutes(30);

        var second = await RegisterAsync(raadgiver, [Child("Otto Vang", cpr)], notifierType: "Private", receivedAt: later);
        var flow = await FlowAsync(admin, first.Cases[0].WorkflowInstanceId!);
        var underretninger = await raadgiver.ReadAsync<List<UnderretningView>>(await raadgiver.GetAsync($"/api/cases/{first.Cases[0].CaseId}/underretninger"));
        var cases = await raadgiver.ReadAsync<List<CaseSummary>>(await raadgiver.PostAsync("/api/cases/search", new { cpr }));

        Assert.False(second.Cases[0].NewCase);
        Assert.Equal(first.Cases[0].CaseId, second.Cases[0].CaseId);
        Assert.Single(cases);
        Assert.Equal([false, true], underretninger.Select(u => u.Reassessment));
        Assert.Contains("genvurdering", OpenTasks(flow));
        Assert.Equal(later.AddHours(24), Variable(flow, "genvurderingFrist"));
    }

    [Fact]
    public async Task Should_start_the_undersoegelse_with_its_four_month_deadline_when_the_assessment_says_so()
    {
        await using var scenario = await CaseScenario.StartAsync(host, BeforeEaster2027.AddHours(1));
        using var raadgiver = await scenario.SignInAsync("raadgiver@9901");
        using var admin = await scenario.SignInAsync("administrator@9901");
        var registered = await RegisterAsync(raadgiver, [Child("Silje Bang", NewCpr())], receivedAt: BeforeEaster2027);
        var instanceId = registered.Cases[0].WorkflowInstanceId!;

        var refused = await admin.PostAsync($"/api/bookmarks/{(await FlowAsync(admin, instanceId)).Bookmarks.Single(b => b.ActivityId == "vurdering").Id}/resume",
            new { input = new { action = "undersoegelse", data = new { } }, reason = OperatorReason });
        var flow = await CompleteAsync(admin, instanceId, "vurdering", "undersoegelse", new { begrundelse = "Bekymring for omsorgssvigt" });
        flow = await CompleteAsync(admin, instanceId, "undersoegelse", "indstilling");

        await Problem.AssertAsync(refused, HttpStatusCode.UnprocessableEntity, "workflow.resumeRejected");
        Assert.Equal(new DateTime(2027, 7, 24, 10, 0, 0), TimeZoneInfo.ConvertTime(Variable(flow, "undersoegelseFrist"), Copenhagen).DateTime);
        Assert.Contains(flow.Bookmarks, b => b.ActivityId == "indstilling" && b.Name == "indstilling-indsendt");
        Assert.DoesNotContain("vurdering", OpenTasks(flow));
    }

    [Fact]
    public async Task Should_close_the_case_when_the_assessment_finds_no_action_needed_and_still_owe_the_receipt()
    {
        using var raadgiver = await host.Client().SignedInAsync("raadgiver@9901");
        using var admin = await host.Client().SignedInAsync("administrator@9901");
        var registered = await RegisterAsync(raadgiver, [Child("Vilma Krog", NewCpr())]);
        var caseId = registered.Cases[0].CaseId;

        var flow = await CompleteAsync(admin, registered.Cases[0].WorkflowInstanceId!, "vurdering", "ingen-handling",
            new { begrundelse = "Forholdene er afklaret med skolen; ingen bekymring" });
        var detail = await raadgiver.ReadAsync<CaseDetail>(await raadgiver.GetAsync($"/api/cases/{caseId}"));
        var afterParents = await CompleteAsync(admin, flow.Id, "foraeldre", "gennemfoert");
        var afterReceipt = await CompleteAsync(admin, flow.Id, "kvittering", "sendt");

        Assert.Equal("Lukket", detail.Status);
        Assert.Equal(["foraeldre", "kvittering"], OpenTasks(flow));
        Assert.Equal(["kvittering"], OpenTasks(afterParents));
        Assert.Equal(("Running", "Running"), (flow.Status, afterParents.Status));
        // Nothing is owed any more: the flow ends instead of waiting for an underretning that would go to a new case.
        Assert.Equal(("Finished", 0), (afterReceipt.Status, afterReceipt.Bookmarks.Count));
    }

    [Fact]
    public async Task Should_start_the_early_help_track_for_the_case_when_the_assessment_chooses_it()
    {
        using var raadgiver = await host.Client().SignedInAsync("raadgiver@9901");
        using var admin = await host.Client().SignedInAsync("administrator@9901");
        var registered = await RegisterAsync(raadgiver, [Child("Aksel Juul", NewCpr())]);
        var caseId = registered.Cases[0].CaseId;

        await CompleteAsync(admin, registered.Cases[0].WorkflowInstanceId!, "vurdering", "tidlig-indsats", new { begrundelse = "Skolen og forældrene ønsker støtte" });
        var instances = await admin.ReadAsync<List<WorkflowApi.Instance>>(await admin.GetAsync($"/api/workflow-instances?correlationId={caseId}&definitionId=tidlig-indsats"));
        var early = await FlowAsync(admin, Assert.Single(instances).Id);
        early = await CompleteAsync(admin, early.Id, "tvaerfagligt-moede", "anbefalet", new { begrundelse = "Enige om forløb" });
        early = await CompleteAsync(admin, early.Id, "beslutning", "bevilget", new { maal = "Kommer i skole hver dag" });

        Assert.Equal(caseId.ToString(), early.CorrelationId);
        Assert.Equal(["ivaerksaet"], OpenTasks(early));
    }

    [Fact]
    public async Task Should_refuse_incomplete_underretninger_with_paths_and_let_no_other_municipality_add_to_a_case()
    {
        using var raadgiver = await host.Client().SignedInAsync("raadgiver@9901");
        using var other = await host.Client().SignedInAsync("raadgiver@9902");
        var registered = await RegisterAsync(raadgiver, [Child("Hugo Dahl", NewCpr())]);

        var missing = await raadgiver.PostAsync("/api/cases/underretninger", new { notifierType = "Professional", content = "", children = Array.Empty<object>() });
        var foreign = await other.PostAsync("/api/cases/underretninger", new
        {
            notifierType = "Anonymous", receivedAt = AnHourAgo(), content = "Bekymring", children = new[] { new { caseId = registered.Cases[0].CaseId } },
        });

        var errors = await Problem.AssertAsync(missing, HttpStatusCode.BadRequest, "underretning.notifierRequired", "/notifier/name");
        Assert.Contains(errors, e => e.Path == "/receivedAt");
        Assert.Contains(errors, e => e.Path == "/content");
        Assert.Contains(errors, e => e.Path == "/children" && e.Code == "underretning.noChildren");
        Assert.Equal(HttpStatusCode.NotFound, foreign.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/api/cases/{registered.Cases[0].CaseId}/underretninger")).StatusCode);
    }

    [Fact]
    public async Task Should_refuse_a_receipt_later_than_the_hosts_clock_allows_and_leave_nothing_behind()
    {
        // The host's clock says the Wednesday before Easter 2027, 10:00; a receipt may be up to five minutes ahead of it.
        await using var scenario = await CaseScenario.StartAsync(host, BeforeEaster2027);
        using var raadgiver = await scenario.SignInAsync("raadgiver@9901");
        using var designer = await scenario.SignInAsync("procesdesigner@9901");
        var cpr = NewCpr();

        var refused = await raadgiver.PostAsync("/api/cases/underretninger", new
        {
            notifierType = "Anonymous", receivedAt = BeforeEaster2027.AddMinutes(6), content = "Bekymring for barnet", children = new[] { Child("Liv Holm", cpr) },
        });
        var casesAfterRefusal = await raadgiver.ReadAsync<List<CaseSummary>>(await raadgiver.GetAsync("/api/cases"));
        var foundAfterRefusal = await raadgiver.ReadAsync<List<CaseSummary>>(await raadgiver.PostAsync("/api/cases/search", new { cpr }));
        var flowsAfterRefusal = await designer.ReadAsync<List<WorkflowApi.Started>>(await designer.GetAsync("/api/workflow-instances?definitionId=visitation-standard"));
        var withinSkew = await RegisterAsync(raadgiver, [Child("Liv Holm", cpr)], notifierType: "Anonymous", receivedAt: BeforeEaster2027.AddMinutes(4));

        var errors = await Problem.AssertAsync(refused, HttpStatusCode.BadRequest, "underretning.receivedInFuture", "/receivedAt");
        Assert.DoesNotContain(cpr[7..], Assert.Single(errors).Message);
        Assert.Empty(casesAfterRefusal);
        Assert.Empty(foundAfterRefusal);
        Assert.Empty(flowsAfterRefusal);
        Assert.True(Assert.Single(withinSkew.Cases).NewCase);
    }

    [Fact]
    public async Task Should_audit_the_registration_and_each_read_of_the_underretninger()
    {
        using var raadgiver = await host.Client().SignedInAsync("raadgiver@9901");
        using var leder = await host.Client().SignedInAsync("leder@9901");
        var registered = await RegisterAsync(raadgiver, [Child("Alba Ravn", NewCpr())]);
        await raadgiver.GetAsync($"/api/cases/{registered.Cases[0].CaseId}/underretninger");

        var trail = await leder.ReadAsync<List<AuditEntry>>(await leder.GetAsync($"/api/cases/{registered.Cases[0].CaseId}/audit"));

        Assert.Equal(["sag.register", "underretning.register", "underretning.read"], trail.Select(e => e.Action));
        Assert.All(trail, e => Assert.Equal("raadgiver@9901", e.User));
    }
}

[Collection(SqliteCollection.Name)]
public sealed class UnderretningTestsOnSqlite(SqliteHostFixture host) : UnderretningTests(host);

[Collection(PostgresCollection.Name)]
public sealed class UnderretningTestsOnPostgres(PostgresHostFixture host) : UnderretningTests(host);
