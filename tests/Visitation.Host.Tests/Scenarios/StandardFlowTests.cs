using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Visitation.Host.Features.Bevillinger;
using Visitation.Host.Tests.Infrastructure;
using Visitation.Host.Tests.Moeder;
using Visitation.Host.Tests.Opgaver;
using Visitation.Workflows.Jobs;
using static Visitation.Host.Tests.Bevillinger.BevillingApi;
using static Visitation.Host.Tests.Sager.CaseApi;
using static Visitation.Host.Tests.Sager.UnderretningApi;

namespace Visitation.Host.Tests.Scenarios;

/// <summary>
/// Cases through the shipped <c>visitation-standard</c> flow from underretning to afslutning, each on a database of its
/// own and a clock the story moves. In Hvidovre (0167) the visitationsudvalg (Tuesdays 09:00, chair leder@0167) returns
/// the indstilling, postpones it, then grants it; matching, the grant with its commitment line, a provider's decline that
/// the neutral resolver sends back to matching, another provider's acceptance, the start meeting, and follow-up until the
/// grant's expiry ends the measure, the grant and the case. In Kolding (0621) a leader decides from the work list, and a
/// follow-up that changes provider ends the grant and leads to a new matching and a new grant.
/// </summary>
public abstract class StandardFlowTests(HostFixture host)
{
    const string Kommune = "0167";
    const string Chair = "leder@0167";
    const string Member = "oekonomi@0167";
    const string Caseworker = "raadgiver@0167";

    /// <summary>Thursday 4 March 2027, 11:00 in Copenhagen: the agenda of Tuesday 9 March is still open.</summary>
    static readonly DateTimeOffset Thursday = new(2027, 3, 4, 10, 0, 0, TimeSpan.Zero);

    sealed record Created(Guid Id);

    sealed class Story(CaseScenario scenario) : IAsyncDisposable
    {
        readonly List<ApiClient> clients = [];

        public CaseScenario Scenario { get; } = scenario;

        /// <summary>A person signed in now; after a jump of the clock people sign in again, as they would days later.</summary>
        public async Task<ApiClient> AsAsync(string userName, string password = "demo")
        {
            var client = await Scenario.SignInAsync(userName, password);
            clients.Add(client);
            return client;
        }

        public void MoveClock(DateTimeOffset to) => Scenario.Clock.Set(to);

        public async Task<string> RunExpiryWatchAsync()
        {
            var job = Scenario.Factory.Services.GetServices<IRecurringJob>().OfType<BevillingExpiryJob>().Single();
            await using var scope = Scenario.Factory.Services.CreateAsyncScope();
            return await job.RunAsync(scope.ServiceProvider, Scenario.Clock.GetUtcNow(), CancellationToken.None);
        }

        public async ValueTask DisposeAsync()
        {
            foreach (var client in clients) client.Dispose();
            await Scenario.DisposeAsync();
        }
    }

    /// <summary>Familiebehandling, 6 hours a month from 1 April 2027 to 31 March 2028, from an external provider: the forum decides.</summary>
    static object Familiebehandling(string needs) => new
    {
        needs,
        measure = new { type = "familiebehandling", legalBasis = "BL-32", provider = "Familiecentret Kystvejen", providerKind = "ekstern" },
        scope = new { quantity = 6m, unit = "timer-pr-maaned", unitPrice = 850.50m },
        start = "2027-04-01",
        expectedEnd = "2028-03-31",
        goals = new[] { "Faste rutiner morgen og aften" },
        followUpCadence = "P3M",
        gates = new { barnetsPlan = true, boernesamtale = true, familieraadslagning = true },
    };

    static async Task<Guid> OfferAsync(ApiClient admin, Guid providerId, string name, string provision, decimal hourly, string targetGroup) =>
        (await admin.ReadAsync<Created>(await admin.PostAsync("/api/offers", new
        {
            providerId, name, type = "familiebehandling", targetGroup, legalBasis = "BL § 32", price = hourly, priceUnit = "timer-pr-maaned", capacity = 4, vacancies = 2,
            provision, financing = provision == "intern" ? "ramme" : "takst", approvedUntil = "2030-12-31",
        }), HttpStatusCode.Created)).Id;

    static async Task<string> ProviderUserAsync(ApiClient admin, Guid providerId, string kommune = Kommune)
    {
        var userName = $"lev{Guid.NewGuid():N}"[..11] + "@" + kommune;
        var response = await admin.PostAsync("/api/users", new { username = userName, displayName = "Leverandør", password = Password, roles = new[] { "Leverandoer" }, providerId });
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return userName;
    }

    static async Task<MeetingTests.ScheduledMeeting> MeetingOfAsync(ApiClient client, Guid caseId) =>
        (await client.ReadAsync<MeetingTests.CaseDecisions>(await client.GetAsync($"/api/cases/{caseId}/indstillinger"))).Indstillinger.Single().Meeting!;

    /// <summary>The chair opens the meeting, the item is decided, and the chair closes the meeting, which moves the case's flow.</summary>
    static async Task HoldMeetingAsync(ApiClient chair, MeetingTests.ScheduledMeeting meeting, object decision)
    {
        var path = $"/api/forums/{meeting.ForumId}/meetings/{meeting.MeetingId}";
        await EnsureAsync(await chair.PostAsync(path + "/open", null));
        await EnsureAsync(await chair.PostAsync($"{path}/items/{meeting.ItemId}/decision", decision));
        await EnsureAsync(await chair.PostAsync(path + "/close", null));
    }

    /// <summary>The morning of the meeting's day, when it may be opened; the caseworker, the administrator and the chair sign in again.</summary>
    static async Task<(ApiClient Caseworker, ApiClient Admin, ApiClient Chair)> MeetingDayAsync(Story story, MeetingTests.ScheduledMeeting meeting)
    {
        story.MoveClock(meeting.StartsAt.AddMinutes(-30));
        return (await story.AsAsync(Caseworker), await story.AsAsync($"administrator@{Kommune}"), await story.AsAsync(Chair));
    }

    static async Task EnsureAsync(HttpResponseMessage response) =>
        Assert.True(response.IsSuccessStatusCode, $"{response.StatusCode}: {await response.Content.ReadAsStringAsync()}");

    static Task<TaskApi.WorkItem> OpenTaskAsync(ApiClient client, Guid caseId, string step) => CaseScenario.OpenTaskAsync(client, caseId, step);

    static Task<TaskApi.WorkItem> DoAsync(ApiClient client, TaskApi.WorkItem task, string action, object? data = null) =>
        CaseScenario.CompleteAsync(client, task, action, data);

    static async Task<List<MatchningApiView>> MatchningerAsync(ApiClient client, Guid caseId) =>
        await client.ReadAsync<List<MatchningApiView>>(await client.GetAsync($"/api/cases/{caseId}/matchninger"));

    sealed record MatchningApiView(Guid Id, string Status);

    sealed record ChoiceApproval(string LevelId, List<string> Reasons);

    sealed record ChoiceAwaitingApproval(string Status, ChoiceApproval? Approval);

    [Fact]
    public async Task Should_run_a_case_from_underretning_through_the_forum_matching_a_declined_order_and_follow_up_to_afslutning()
    {
        await using var story = new Story(await CaseScenario.StartAsync(host, Thursday));
        var caseworker = await story.AsAsync(Caseworker);
        var admin = await story.AsAsync($"administrator@{Kommune}");
        var chair = await story.AsAsync(Chair);
        var targetGroup = Matchning.MatchningApi.NewTargetGroup();
        var huset = await Matchning.MatchningApi.ProviderAsync(admin, "Familiehuset");
        var kystvejen = await Matchning.MatchningApi.ProviderAsync(admin, "Familiecentret Kystvejen");
        var husetOffer = await OfferAsync(admin, huset, "Familiebehandling i hjemmet", "intern", 875.25m, targetGroup);
        var kystvejenOffer = await OfferAsync(admin, kystvejen, "Familiebehandling, Kystvejen", "ekstern", 910.40m, targetGroup);
        var husetUser = await ProviderUserAsync(admin, huset);
        var kystvejenUser = await ProviderUserAsync(admin, kystvejen);
        await EnsureAsync(await admin.SendAsync(HttpMethod.Put, "/api/bevillinger/settings", new { resolverKind = "user", resolverId = Chair, expiryNoticeDays = 30 }));

        // Underretning, assessment, undersøgelse and the indstilling, which the plan sends to the visitationsudvalg.
        var registered = await CaseScenario.UnderretningFromTeacherAsync(caseworker, "Ida Holm", NewCpr(), Thursday.AddHours(-1));
        var caseId = registered.CaseId;
        var flowId = registered.WorkflowInstanceId!;
        await DoAsync(caseworker, await OpenTaskAsync(caseworker, caseId, "vurdering"), "undersoegelse", new { begrundelse = "Bekymring for trivsel" });
        await DoAsync(caseworker, await OpenTaskAsync(caseworker, caseId, "undersoegelse"), "indstilling");
        var indstillingId = (await caseworker.ReadAsync<Created>(await caseworker.PostAsync($"/api/cases/{caseId}/indstillinger",
            Familiebehandling("Familien har brug for hjælp til struktur i hverdagen.")), HttpStatusCode.Created)).Id;
        await EnsureAsync(await caseworker.PostAsync($"/api/cases/{caseId}/indstillinger/{indstillingId}/submit", null));
        await DoAsync(caseworker, await OpenTaskAsync(caseworker, caseId, "partshoering"), "gennemfoert", new { begrundelse = "Forældrene er enige i indstillingen." });

        // 9 March: the forum returns it for more investigation; revised and resubmitted, it goes on the next meeting.
        var first = await MeetingOfAsync(caseworker, caseId);
        (caseworker, admin, chair) = await MeetingDayAsync(story, first);
        await HoldMeetingAsync(chair, first, new { outcome = "Tilbagesendt", rationale = "Skolens vurdering mangler.", investigate = "Indhent skolens udtalelse." });
        var reopened = await OpenTaskAsync(caseworker, caseId, "undersoegelse");
        await EnsureAsync(await caseworker.SendAsync(HttpMethod.Put, $"/api/cases/{caseId}/indstillinger/{indstillingId}",
            Familiebehandling("Familien har brug for hjælp til struktur i hverdagen; skolen bekræfter behovet.")));
        await DoAsync(caseworker, reopened, "indstilling");
        await EnsureAsync(await caseworker.PostAsync($"/api/cases/{caseId}/indstillinger/{indstillingId}/submit", null));
        await DoAsync(caseworker, await OpenTaskAsync(caseworker, caseId, "partshoering"), "gennemfoert", new { begrundelse = "Forældrene er hørt igen." });

        // 16 March: postponed to 23 March, where it is granted with a time limit and the forum's follow-up cadence.
        var second = await MeetingOfAsync(caseworker, caseId);
        var third = (await chair.ReadAsync<List<MeetingTests.MeetingView>>(await chair.GetAsync($"/api/forums/{second.ForumId}/meetings?from=2027-03-23&to=2027-03-23"))).Single();
        (caseworker, admin, chair) = await MeetingDayAsync(story, second);
        await HoldMeetingAsync(chair, second, new { outcome = "Udsat", rationale = "Sagsbehandleren er syg.", postponeTo = third.Id });
        var postponed = await MeetingOfAsync(caseworker, caseId);
        (caseworker, admin, chair) = await MeetingDayAsync(story, postponed);
        await HoldMeetingAsync(chair, postponed, new
        {
            outcome = "Bevilget", rationale = "Indsatsen er nødvendig og den mindst indgribende.", timeLimit = "2028-02-29", followUpCadence = "P3M",
        });
        var decisions = await caseworker.ReadAsync<MeetingTests.CaseDecisions>(await caseworker.GetAsync($"/api/cases/{caseId}/indstillinger"));

        Assert.Equal((new DateOnly(2027, 3, 9), new DateOnly(2027, 3, 16), new DateOnly(2027, 3, 23)), (first.Date, second.Date, postponed.Date));
        Assert.Equal(["Tilbagesendt", "Bevilget"], decisions.Decisions.Select(d => d.Outcome));
        Assert.Contains((await FlowAsync(admin, flowId)).Bookmarks, b => b.ActivityId == "matchning");

        // Matching: the need, then the internal offer (cheapest first by the own-first rule).
        var need = await Matchning.MatchningApi.NeedAsync(caseworker, caseId, indstillingId, targetGroup);
        var candidates = await Matchning.MatchningApi.CandidatesAsync(caseworker, caseId, need.Id);
        await EnsureAsync(await Matchning.MatchningApi.ChooseAsync(caseworker, caseId, need.Id, husetOffer));

        // The grant: 6 hours × 875.25 kr. = 5,251.50 kr. a month, April 2027 to the forum's limit, 29 February 2028: 11 months.
        var grant = Assert.Single(await GrantsAsync(caseworker, caseId));
        var commitment = (await GrantAsync(caseworker, caseId, grant.Id)).Commitment;

        Assert.Equal([husetOffer, kystvejenOffer], candidates.Select(c => c.OfferId).Where(id => id == husetOffer || id == kystvejenOffer));
        Assert.Equal((huset, 875.25m, 6m, new DateOnly(2027, 4, 1), new DateOnly(2028, 2, 29)), (grant.ProviderId!.Value, grant.UnitPrice, grant.Quantity, grant.Start, grant.End!.Value));
        Assert.Equal(new DateOnly(2028, 2, 29), grant.TimeLimit);
        Assert.Equal(5251.50m, commitment.Months[0].Amount);
        Assert.Equal(57766.50m, commitment.Total);

        // The internal provider declines; the neutral resolver sends the case back to matching.
        var husetProvider = await story.AsAsync(husetUser, Password);
        var declinedOrder = Assert.Single(await OrdersAsync(husetProvider));
        await EnsureAsync(await husetProvider.PostAsync($"/api/provider/orders/{declinedOrder.Id}/decline", new { reason = "Ingen ledige behandlere før til sommer." }));
        var resolverTask = await OpenTaskAsync(chair, caseId, "loes-afvisning");
        await DoAsync(chair, resolverTask, "ny-matchning", new { begrundelse = "Afvisningen er rimelig; find en anden leverandør." });
        var reopenedMatching = Assert.Single(await MatchningerAsync(caseworker, caseId));
        var withoutReason = await Matchning.MatchningApi.ChooseAsync(caseworker, caseId, need.Id, kystvejenOffer);
        var outsideDecision = await caseworker.ReadAsync<ChoiceAwaitingApproval>(await Matchning.MatchningApi.ChooseAsync(caseworker, caseId, need.Id, kystvejenOffer,
            "Familiehuset har ingen ledige behandlere før til sommer."));
        // Kystvejen at 910.40 kr. costs more than the 850.50 kr. the forum decided: the forum's chair approves before it is ordered.
        Assert.Equal(("AfventerGodkendelse", "visitationsudvalg"), (outsideDecision.Status, outsideDecision.Approval!.LevelId));
        Assert.Empty(await OrdersAsync(await story.AsAsync(kystvejenUser, Password)));
        await EnsureAsync(await chair.PostAsync($"/api/cases/{caseId}/matchninger/{need.Id}/approve", new { outcome = "Godkendt" }));

        // The other provider accepts the order on the same grant, now at its price: 6 × 910.40 kr. = 5,462.40 kr. a month.
        var kystvejenProvider = await story.AsAsync(kystvejenUser, Password);
        var order = Assert.Single(await OrdersAsync(kystvejenProvider));
        await EnsureAsync(await kystvejenProvider.PostAsync($"/api/provider/orders/{order.Id}/accept", new { }));
        var ordered = Assert.Single(await GrantsAsync(caseworker, caseId));
        var orderedCommitment = (await GrantAsync(caseworker, caseId, ordered.Id)).Commitment;

        Assert.Equal([new TaskApi.Candidate("user", Chair)], resolverTask.Candidates);
        Assert.Equal(("Aaben", need.Id), (reopenedMatching.Status, reopenedMatching.Id));
        await Problem.AssertAsync(withoutReason, HttpStatusCode.UnprocessableEntity, "matchning.reasonRequired", "/reason");
        Assert.Equal((grant.Id, kystvejen, 910.40m), (ordered.Id, ordered.ProviderId!.Value, ordered.UnitPrice));
        Assert.Equal(60086.40m, orderedCommitment.Total);

        // Start meeting, then follow-up: the first continues the help.
        var startMeeting = await OpenTaskAsync(caseworker, caseId, "opstartsmoede");
        await DoAsync(caseworker, startMeeting, "gennemfoert", new { maal = "Faste rutiner morgen og aften", start = "2027-04-01", foersteOpfoelgning = "2027-07-01" });
        var firstFollowUp = await OpenTaskAsync(caseworker, caseId, "opfoelgning");
        // 23 March: the help starts on 1 April, so there is nothing to follow up on yet.
        var beforeStart = await caseworker.CompleteAsync(firstFollowUp.Id, new { action = "fortsaet", data = new { noter = "For tidligt", maalopfyldelse = 5 } });
        await Problem.AssertAsync(beforeStart, HttpStatusCode.BadRequest, "opfoelgning.foerHjaelpenStarter");
        story.MoveClock(new DateTimeOffset(2027, 6, 30, 10, 0, 0, TimeSpan.FromHours(2)));
        var caseworkerInJune = await story.AsAsync(Caseworker);
        await DoAsync(caseworkerInJune, firstFollowUp, "fortsaet", new { noter = "Familien bruger behandlingen godt", maalopfyldelse = 6 });
        var secondFollowUp = await OpenTaskAsync(caseworkerInJune, caseId, "opfoelgning");

        // A month before the forum's limit the expiry watch sends the measure to re-visitation, which ends it.
        story.MoveClock(new DateTimeOffset(2028, 2, 1, 10, 0, 0, TimeSpan.FromHours(1)));
        var watched = await story.RunExpiryWatchAsync();
        var caseworkerInFebruary = await story.AsAsync(Caseworker);
        var adminInFebruary = await story.AsAsync($"administrator@{Kommune}");
        var revisitation = await OpenTaskAsync(caseworkerInFebruary, caseId, "genvisitation");
        await DoAsync(caseworkerInFebruary, revisitation, "afslut", new { noter = "Målene er nået" });

        var ended = Assert.Single(await GrantsAsync(caseworkerInFebruary, caseId));
        var endedCommitment = (await GrantAsync(caseworkerInFebruary, caseId, ended.Id)).Commitment;
        var closed = await caseworkerInFebruary.ReadAsync<CaseDetail>(await caseworkerInFebruary.GetAsync($"/api/cases/{caseId}"));
        var flow = await FlowAsync(adminInFebruary, flowId);
        var tasks = (await caseworkerInFebruary.ListAsync($"?view=case&caseId={caseId}&take=500")).Items;

        Assert.Equal([new TaskApi.Candidate("user", Caseworker)], startMeeting.Candidates);
        Assert.NotEqual(firstFollowUp.Id, secondFollowUp.Id);
        Assert.Contains("1 grants", watched);
        Assert.Equal(("Afsluttet", new DateOnly(2028, 2, 1)), (ended.Status, ended.End!.Value));
        // April 2027 to January 2028 at 5,462.40 kr. and 1/29 of February 2028: 54,624.00 + 188.36 kr.
        Assert.Equal(54812.36m, endedCommitment.Total);
        Assert.Equal("Lukket", closed.Status);
        Assert.Equal("Finished", flow.SubStatus);
        Assert.Equal("Cancelled", tasks.Single(t => t.Id == secondFollowUp.Id).Status);
        Assert.Equal("Completed", tasks.Single(t => t.Id == revisitation.Id).Status);
    }

    [Fact]
    public async Task Should_run_a_leaders_decision_to_a_grant_and_change_provider_with_a_new_grant_at_follow_up()
    {
        // Kolding (0621): more than 4 hours a month goes to the faglig koordinator, who decides from the work list.
        var now = new DateTimeOffset(2027, 5, 3, 9, 0, 0, TimeSpan.FromHours(2));
        await using var story = new Story(await CaseScenario.StartAsync(host, now));
        var caseworker = await story.AsAsync("raadgiver@0621");
        var leader = await story.AsAsync("faglig-koordinator@0621");
        var admin = await story.AsAsync("administrator@0621");
        var targetGroup = Matchning.MatchningApi.NewTargetGroup();
        var nord = await Matchning.MatchningApi.ProviderAsync(admin, "Familiehuset Nord");
        var syd = await Matchning.MatchningApi.ProviderAsync(admin, "Familiehuset Syd");
        var nordOffer = await OfferAsync(admin, nord, "Familiebehandling Nord", "intern", 800.00m, targetGroup);
        var sydOffer = await OfferAsync(admin, syd, "Familiebehandling Syd", "intern", 820.00m, targetGroup);
        var nordUser = await ProviderUserAsync(admin, nord, "0621");
        var sydUser = await ProviderUserAsync(admin, syd, "0621");

        var registered = await CaseScenario.UnderretningFromTeacherAsync(caseworker, "Sofus Brink", NewCpr(), now.AddHours(-1));
        var caseId = registered.CaseId;
        await DoAsync(caseworker, await OpenTaskAsync(caseworker, caseId, "vurdering"), "undersoegelse", new { begrundelse = "Bekymring for trivsel" });
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
        await DoAsync(caseworker, await OpenTaskAsync(caseworker, caseId, "partshoering"), "gennemfoert", new { begrundelse = "Forældrene er enige i indstillingen." });
        await EnsureAsync(await leader.PostAsync($"/api/cases/{caseId}/indstillinger/{indstillingId}/decision",
            new { outcome = "Bevilget", rationale = "Indsatsen er nødvendig og den mindst indgribende." }));

        // Matching and the first grant with Nord, which accepts: 6 × 800.00 kr. = 4,800.00 kr. a month.
        var need = await Matchning.MatchningApi.NeedAsync(caseworker, caseId, indstillingId, targetGroup);
        await EnsureAsync(await Matchning.MatchningApi.ChooseAsync(caseworker, caseId, need.Id, nordOffer));
        var nordProvider = await story.AsAsync(nordUser, Password);
        await EnsureAsync(await nordProvider.PostAsync($"/api/provider/orders/{Assert.Single(await OrdersAsync(nordProvider)).Id}/accept", new { }));
        await DoAsync(caseworker, await OpenTaskAsync(caseworker, caseId, "opstartsmoede"), "gennemfoert",
            new { maal = "Barnet kommer i skole hver dag", start = "2027-06-01", foersteOpfoelgning = "2027-09-01" });

        // 15 September: the follow-up changes provider; Nord's grant ends that day and matching opens again.
        story.MoveClock(new DateTimeOffset(2027, 9, 15, 10, 0, 0, TimeSpan.FromHours(2)));
        var caseworkerInSeptember = await story.AsAsync("raadgiver@0621");
        await DoAsync(caseworkerInSeptember, await OpenTaskAsync(caseworkerInSeptember, caseId, "opfoelgning"), "skift-leverandoer",
            new { noter = "Familien og behandleren har ikke fundet et samarbejde" });
        var afterChange = await GrantsAsync(caseworkerInSeptember, caseId);
        var firstGrant = Assert.Single(afterChange);
        var firstCommitment = (await GrantAsync(caseworkerInSeptember, caseId, firstGrant.Id)).Commitment;
        await EnsureAsync(await Matchning.MatchningApi.ChooseAsync(caseworkerInSeptember, caseId, need.Id, sydOffer));
        var sydProvider = await story.AsAsync(sydUser, Password);
        await EnsureAsync(await sydProvider.PostAsync($"/api/provider/orders/{Assert.Single(await OrdersAsync(sydProvider)).Id}/accept", new { }));
        await DoAsync(caseworkerInSeptember, await OpenTaskAsync(caseworkerInSeptember, caseId, "opstartsmoede"), "gennemfoert",
            new { maal = "Barnet kommer i skole hver dag", start = "2027-09-20", foersteOpfoelgning = "2027-12-20" });

        // December: the follow-up ends the help; the second grant ends and the case closes.
        story.MoveClock(new DateTimeOffset(2027, 12, 20, 10, 0, 0, TimeSpan.FromHours(1)));
        var caseworkerInDecember = await story.AsAsync("raadgiver@0621");
        var adminInDecember = await story.AsAsync("administrator@0621");
        await DoAsync(caseworkerInDecember, await OpenTaskAsync(caseworkerInDecember, caseId, "opfoelgning"), "afslut", new { noter = "Målene er nået" });
        var grants = await GrantsAsync(caseworkerInDecember, caseId);
        var closed = await caseworkerInDecember.ReadAsync<CaseDetail>(await caseworkerInDecember.GetAsync($"/api/cases/{caseId}"));
        var flow = await FlowAsync(adminInDecember, registered.WorkflowInstanceId!);

        Assert.Equal(("Afsluttet", nord, new DateOnly(2027, 9, 15)), (firstGrant.Status, firstGrant.ProviderId!.Value, firstGrant.End!.Value));
        // June to August at 4,800.00 kr. and 15/30 of September: 14,400.00 + 2,400.00 kr.
        Assert.Equal(16800.00m, firstCommitment.Total);
        var second = Assert.Single(grants, g => g.Id != firstGrant.Id);
        var secondCommitment = (await GrantAsync(caseworkerInDecember, caseId, second.Id)).Commitment;
        // The new provider's grant starts the day after the first one ended, so no day is committed twice.
        Assert.Equal(new DateOnly(2027, 9, 16), second.Start);
        Assert.Equal((2027, 9, 15), (secondCommitment.Months[0].Year, secondCommitment.Months[0].Month, secondCommitment.Months[0].Days));
        Assert.Equal((syd, 820.00m, "Afsluttet", new DateOnly(2027, 12, 20)), (second.ProviderId!.Value, second.UnitPrice, second.Status, second.End!.Value));
        Assert.Equal("Lukket", closed.Status);
        Assert.Equal("Finished", flow.SubStatus);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class StandardFlowTestsOnSqlite(SqliteHostFixture host) : StandardFlowTests(host);

[Collection(PostgresCollection.Name)]
public sealed class StandardFlowTestsOnPostgres(PostgresHostFixture host) : StandardFlowTests(host);
