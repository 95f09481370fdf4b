using System.Net;
using System.Text.Json.Nodes;
using Visitation.Host.Tests.Infrastructure;
using Visitation.Host.Tests.Opfoelgning;
using Visitation.Host.Tests.Opgaver;
using static Visitation.Host.Tests.Bevillinger.BevillingApi;
using static Visitation.Host.Tests.Matchning.MatchningApi;
using static Visitation.Host.Tests.Scenarios.CaseScenario;

namespace Visitation.Host.Tests.Scenarios;

/// <summary>
/// One case of the shipped strict-BUM flow <c>visitation-bevilling-foer-matchning</c> in Kolding, which has chosen it as the
/// flow its underretninger start: decided at the leader level, granted as an economic frame with no provider, matched
/// with a bid round the internal provider lets pass, an offer over the frame rejected and one within it accepted,
/// ordered, started, followed up twice and ended; and one whose follow-up changes provider, so the grant ends, a new frame
/// is granted and matched again.
/// </summary>
public abstract class BevillingFoerMatchningFlowTests(HostFixture host)
{
    const string FlowId = "visitation-bevilling-foer-matchning";
    static readonly string Caseworker = $"raadgiver@{Kolding}";
    static readonly string Leader = $"faglig-koordinator@{Kolding}";
    static readonly string Administrator = $"administrator@{Kolding}";

    /// <summary>Monday 2 November 2026, 10:00 in Copenhagen.</summary>
    static readonly DateTimeOffset Now = new(2026, 11, 2, 10, 0, 0, TimeSpan.FromHours(1));

    /// <summary>Familiebehandling, 6 hours a month at 850.50 kr. (5,103.00 kr. a month) for the twelve months from 1 December 2026.</summary>
    static object Familiebehandling() => new
    {
        needs = "Familien har brug for hjælp til struktur i hverdagen.",
        measure = new { type = "familiebehandling", legalBasis = "BL-32" },
        scope = new { quantity = 6m, unit = "timer-pr-maaned", unitPrice = 850.50m },
        start = "2026-12-01",
        expectedEnd = "2027-11-30",
        goals = new[] { "Faste rutiner morgen og aften" },
        followUpCadence = "P3M",
        gates = new { barnetsPlan = false, boernesamtale = true, familieraadslagning = false, familieraadslagningReason = "Familien ønskede det ikke" },
    };

    static async Task<Offer> HourlyOfferAsync(ApiClient editor, Guid providerId, string name, string provision, decimal hourly, string targetGroup) =>
        await editor.ReadAsync<Offer>(await editor.PostAsync("/api/offers", new
        {
            providerId, name, type = "familiebehandling", targetGroup, legalBasis = "BL § 32", price = hourly, priceUnit = "timer-pr-maaned", capacity = 4,
            vacancies = 2, provision, financing = provision == "intern" ? "ramme" : "takst", location = "Kolding", approvedUntil = "2030-12-31",
        }), HttpStatusCode.Created);

    /// <summary>How a municipality chooses the flow its new cases start: the case-flow setting names the shipped BUM flow.</summary>
    static async Task ChooseBumFlowAsync(ApiClient designer)
    {
        var response = await designer.SendAsync(HttpMethod.Put, "/api/case-flow/settings", new { definitionId = FlowId });
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
    }

    /// <summary>A user of the provider, created by the administrator; returns the user name.</summary>
    static async Task<string> ProviderUserAsync(ApiClient administrator, Guid providerId)
    {
        var userName = $"lev{Guid.NewGuid():N}"[..11] + "@" + Kolding;
        var response = await administrator.PostAsync("/api/users", new { username = userName, displayName = "Leverandør", password = Password, roles = new[] { "Leverandoer" }, providerId });
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return userName;
    }

    static async Task<List<string>> OpenStepsAsync(ApiClient client, Guid caseId) =>
        [.. (await client.ListAsync($"?view=case&caseId={caseId}&take=500")).Items.Where(t => t.Status is not ("Completed" or "Cancelled")).Select(t => t.ActivityId).Order()];

    [Fact]
    public async Task Should_grant_a_frame_match_with_a_bid_round_order_start_follow_up_twice_and_close_the_case()
    {
        // Arrange: Kolding chooses the BUM flow and has one internal and two external offers of familiebehandling.
        await using var scenario = await StartAsync(host, Now);
        using (var designer = await scenario.SignInAsync($"procesdesigner@{Kolding}")) await ChooseBumFlowAsync(designer);
        using var administrator = await scenario.SignInAsync(Administrator);
        var targetGroup = NewTargetGroup();
        var own = await HourlyOfferAsync(administrator, await Bevillinger.BevillingApi.ProviderAsync(administrator, "Familiehuset"), "Familiebehandling i Familiehuset", "intern", 850.50m, targetGroup);
        var dearProviderId = await Bevillinger.BevillingApi.ProviderAsync(administrator, "Familieterapi Vest");
        var dear = await HourlyOfferAsync(administrator, dearProviderId, "Familieterapi", "ekstern", 1_400.00m, targetGroup);
        var cheapProviderId = await Bevillinger.BevillingApi.ProviderAsync(administrator, "Familiestøtte Nord");
        var cheap = await HourlyOfferAsync(administrator, cheapProviderId, "Familiestøtte i hjemmet", "ekstern", 800.00m, targetGroup);
        var providerUser = await ProviderUserAsync(administrator, cheapProviderId);

        // Act: underretning → undersøgelse → indstilling, decided by the leader level.
        var caseworker = await scenario.SignInAsync(Caseworker);
        var sag = await UnderretningFromTeacherAsync(caseworker, "Marie Bum", Sager.CaseApi.NewCpr(), Now);
        await CompleteAsync(caseworker, await OpenTaskAsync(caseworker, sag.CaseId, Assessment), "undersoegelse", new { begrundelse = "Bekymring for trivsel" });
        await CompleteAsync(caseworker, await OpenTaskAsync(caseworker, sag.CaseId, Undersoegelse), "indstilling");
        var indstilling = await caseworker.ReadAsync<JsonObject>(await caseworker.PostAsync($"/api/cases/{sag.CaseId}/indstillinger", Familiebehandling()), HttpStatusCode.Created);
        var indstillingId = indstilling["id"]!.GetValue<Guid>();
        var submitted = await caseworker.ReadAsync<JsonObject>(await caseworker.PostAsync($"/api/cases/{sag.CaseId}/indstillinger/{indstillingId}/submit", null));
        await CompleteAsync(caseworker, await OpenTaskAsync(caseworker, sag.CaseId, "partshoering"), "gennemfoert", new { begrundelse = "Forældrene er enige." });
        using var leader = await scenario.SignInAsync(Leader);
        var decided = await leader.PostAsync($"/api/cases/{sag.CaseId}/indstillinger/{indstillingId}/decision",
            new { outcome = "Bevilget", rationale = "Familien har brug for støtte, og indsatsen er den mindst indgribende." });
        Assert.True(decided.IsSuccessStatusCode, await decided.Content.ReadAsStringAsync());

        // The frame grant, then the need with the bid round.
        var frame = Assert.Single(await GrantsAsync(caseworker, sag.CaseId));
        var frameDetail = await GrantAsync(caseworker, sag.CaseId, frame.Id);
        var matchning = await NeedAsync(caseworker, sag.CaseId, indstillingId, targetGroup, bidRound: true);
        var tooEarly = await BidAsync(caseworker, sag.CaseId, matchning.Id, cheap.Id, "Bud", 800.00m);

        // The internal provider's five working days (to Monday 9 November) pass unanswered; two external quotes arrive.
        scenario.Clock.Set(new DateTimeOffset(2026, 11, 10, 0, 0, 1, TimeSpan.FromHours(1)));
        caseworker.Dispose();
        caseworker = await scenario.SignInAsync(Caseworker);
        using var leaderLater = await scenario.SignInAsync(Leader);
        await EnsureOkAsync(await BidAsync(caseworker, sag.CaseId, matchning.Id, dear.Id, "Bud", 1_400.00m));
        await EnsureOkAsync(await BidAsync(caseworker, sag.CaseId, matchning.Id, cheap.Id, "Bud", 800.00m));
        await EnsureOkAsync(await ChooseAsync(caseworker, sag.CaseId, matchning.Id, dear.Id));
        var overFrame = await DecideAsync(leaderLater, sag.CaseId, matchning.Id, "Accepteret");
        await EnsureOkAsync(await DecideAsync(leaderLater, sag.CaseId, matchning.Id, "Afvist", reason: "Tilbuddet ligger over den bevilgede ramme."));
        var backToChoosing = await GetAsync(caseworker, sag.CaseId, matchning.Id);
        await EnsureOkAsync(await ChooseAsync(caseworker, sag.CaseId, matchning.Id, cheap.Id));
        await EnsureOkAsync(await DecideAsync(leaderLater, sag.CaseId, matchning.Id, "Accepteret"));

        // The order to the chosen provider, accepted by its user; the start meeting.
        using var provider = await scenario.SignInAsync(providerUser, Password);
        var order = Assert.Single(await OrdersAsync(provider));
        await EnsureOkAsync(await provider.PostAsync($"/api/provider/orders/{order.Id}/accept", new { }));
        var ordered = Assert.Single(await GrantsAsync(caseworker, sag.CaseId));
        var orderedDetail = await GrantAsync(caseworker, sag.CaseId, frame.Id);
        var startMeeting = await OpenTaskAsync(caseworker, sag.CaseId, "opstartsmoede");
        await CompleteAsync(caseworker, startMeeting, "gennemfoert", new { maal = "Faste rutiner morgen og aften", startdato = "2026-12-01" });

        // Two follow-ups: the first continues the help, the second ends it.
        var first = await OpenTaskAsync(caseworker, sag.CaseId, "opfoelgning");
        scenario.Clock.Set(new DateTimeOffset(2027, 3, 1, 10, 0, 0, TimeSpan.FromHours(1)));
        caseworker.Dispose();
        caseworker = await scenario.SignInAsync(Caseworker);
        await CompleteAsync(caseworker, first, "fortsaet", new { noter = "Familien bruger behandlingen godt", maalopfyldelse = 6 });
        var second = await OpenTaskAsync(caseworker, sag.CaseId, "opfoelgning");
        scenario.Clock.Set(new DateTimeOffset(2027, 9, 1, 10, 0, 0, TimeSpan.FromHours(2)));
        caseworker.Dispose();
        caseworker = await scenario.SignInAsync(Caseworker);
        await CompleteAsync(caseworker, second, "afslut", new { noter = "Målene er nået", maalopfyldelse = 9 });

        var ended = await GrantAsync(caseworker, sag.CaseId, frame.Id);
        var followUps = await caseworker.FollowUpsAsync(sag.CaseId);
        var closed = await caseworker.ReadAsync<Sager.CaseApi.CaseDetail>(await caseworker.GetAsync($"/api/cases/{sag.CaseId}"));
        var open = await OpenStepsAsync(caseworker, sag.CaseId);
        using var admin = await scenario.SignInAsync(Administrator);
        var flow = await admin.InstanceAsync(sag.WorkflowInstanceId!);
        caseworker.Dispose();

        // Assert: the leader level decided, with no meeting.
        Assert.Equal(("faglig-koordinator", false), (submitted["routing"]!["levelId"]!.GetValue<string>(), submitted["routing"]!["ownCompetence"]!.GetValue<bool>()));
        // The frame: 6 hours × 850.50 kr. = 5,103.00 kr. a month, twelve whole months, no provider yet.
        Assert.Equal(((Guid?)null, 850.50m, 61_236.00m, "Aktiv"), (frame.ProviderId, frame.UnitPrice, frame.FramePerYear, frame.Status));
        Assert.Equal((new DateOnly(2026, 12, 1), (DateOnly?)new DateOnly(2027, 11, 30)), (frame.Start, frame.End));
        Assert.Equal(61_236.00m, frameDetail.Commitment.Total);
        Assert.All(frameDetail.Commitment.Months, m => Assert.Equal(5_103.00m, m.Amount));
        Assert.Equal((frame.Id, "AfventerInterne", new DateTimeOffset(2026, 11, 9, 23, 59, 59, TimeSpan.FromHours(1))), (matchning.BevillingId!.Value, matchning.BidRound!.Phase, matchning.BidRound.Deadline!.Value));
        Assert.Equal([own.Id], matchning.BidRound.Invited.Select(i => i.OfferId));
        await Problem.AssertAsync(tooEarly, HttpStatusCode.Conflict, "matchning.externalNotInvited", "/offerId");
        // 6 hours × 1,400.00 kr. × 12 = 100,800.00 kr. a year is over the frame; 6 × 800.00 × 12 = 57,600.00 kr. is within it.
        await Problem.AssertAsync(overFrame, HttpStatusCode.UnprocessableEntity, "matchning.overFrame", "/outcome");
        Assert.Equal(("Tilbuddet ligger over den bevilgede ramme.", false), (backToChoosing.RejectionReason, backToChoosing.Status == "Accepteret"));
        Assert.Equal(("familiebehandling", 800.00m, 6m, "timer-pr-maaned"), (order.MeasureType, order.UnitPrice, order.Quantity, order.Unit));
        Assert.Equal(((Guid?)cheapProviderId, 800.00m), (ordered.ProviderId, ordered.UnitPrice));
        Assert.Equal(57_600.00m, orderedDetail.Commitment.Total);
        Assert.Equal(new DateTimeOffset(2027, 3, 1, 23, 59, 59, TimeSpan.FromHours(1)), first.DueAt);
        Assert.Equal(new DateTimeOffset(2027, 9, 1, 23, 59, 59, TimeSpan.FromHours(2)), second.DueAt);
        Assert.Equal([(2, "Afslut"), (1, "Fortsaet")], followUps.Opfoelgninger.Select(o => (o.Nummer, o.Udfald)));
        // Ended on the day of the last follow-up: nine whole months of 4,800.00 kr. and 1 of September's 30 days.
        Assert.Equal(("Afsluttet", (DateOnly?)new DateOnly(2027, 9, 1), "Indsatsen er afsluttet ved opfølgning"), (ended.Grant.Status, ended.Grant.End, ended.Grant.EndReason));
        Assert.Equal(43_360.00m, ended.Commitment.Total);
        Assert.Equal("Lukket", closed.Status);
        Assert.Empty(open);
        Assert.Equal((FlowId, "Finished"), (flow.DefinitionId, flow.Status));
    }

    [Fact]
    public async Task Should_end_the_grant_grant_a_new_frame_and_match_again_when_a_follow_up_changes_provider()
    {
        // Arrange: Kolding chooses the BUM flow, follows familiebehandling up every two months, and has an internal and an external offer.
        await using var scenario = await StartAsync(host, Now);
        using (var designer = await scenario.SignInAsync($"procesdesigner@{Kolding}")) await ChooseBumFlowAsync(designer);
        using var administrator = await scenario.SignInAsync(Administrator);
        await administrator.SaveRuleAsync("IndsatsType", "familiebehandling", OpfoelgningApi.Steps(new { interval = "P2M" }));
        var targetGroup = NewTargetGroup();
        var ownProviderId = await Bevillinger.BevillingApi.ProviderAsync(administrator, "Familiehuset");
        var own = await HourlyOfferAsync(administrator, ownProviderId, "Familiebehandling i Familiehuset", "intern", 850.50m, targetGroup);
        var externalProviderId = await Bevillinger.BevillingApi.ProviderAsync(administrator, "Familiestøtte Nord");
        var external = await HourlyOfferAsync(administrator, externalProviderId, "Familiestøtte i hjemmet", "ekstern", 800.00m, targetGroup);
        var ownUser = await ProviderUserAsync(administrator, ownProviderId);
        var externalUser = await ProviderUserAsync(administrator, externalProviderId);

        var caseworker = await scenario.SignInAsync(Caseworker);
        var sag = await UnderretningFromTeacherAsync(caseworker, "Karl Skift", Sager.CaseApi.NewCpr(), Now);
        await CompleteAsync(caseworker, await OpenTaskAsync(caseworker, sag.CaseId, Assessment), "undersoegelse", new { begrundelse = "Bekymring for trivsel" });
        await CompleteAsync(caseworker, await OpenTaskAsync(caseworker, sag.CaseId, Undersoegelse), "indstilling");
        var indstillingId = (await caseworker.ReadAsync<JsonObject>(await caseworker.PostAsync($"/api/cases/{sag.CaseId}/indstillinger", Familiebehandling()),
            HttpStatusCode.Created))["id"]!.GetValue<Guid>();
        await EnsureOkAsync(await caseworker.PostAsync($"/api/cases/{sag.CaseId}/indstillinger/{indstillingId}/submit", null));
        await CompleteAsync(caseworker, await OpenTaskAsync(caseworker, sag.CaseId, "partshoering"), "gennemfoert", new { begrundelse = "Forældrene er enige." });
        using var leader = await scenario.SignInAsync(Leader);
        await EnsureOkAsync(await leader.PostAsync($"/api/cases/{sag.CaseId}/indstillinger/{indstillingId}/decision",
            new { outcome = "Bevilget", rationale = "Familien har brug for støtte, og indsatsen er den mindst indgribende." }));

        // The first frame, matched to the internal provider, which bids in time; ordered, accepted and started on 1 December.
        var firstFrame = Assert.Single(await GrantsAsync(caseworker, sag.CaseId));
        var firstMatching = await NeedAsync(caseworker, sag.CaseId, indstillingId, targetGroup, bidRound: true);
        await EnsureOkAsync(await BidAsync(caseworker, sag.CaseId, firstMatching.Id, own.Id, "Bud", 850.50m));
        await EnsureOkAsync(await ChooseAsync(caseworker, sag.CaseId, firstMatching.Id, own.Id));
        await EnsureOkAsync(await DecideAsync(leader, sag.CaseId, firstMatching.Id, "Accepteret"));
        using (var ownProvider = await scenario.SignInAsync(ownUser, Password))
            await EnsureOkAsync(await ownProvider.PostAsync($"/api/provider/orders/{Assert.Single(await OrdersAsync(ownProvider)).Id}/accept", new { }));
        await CompleteAsync(caseworker, await OpenTaskAsync(caseworker, sag.CaseId, "opstartsmoede"), "gennemfoert",
            new { maal = "Faste rutiner morgen og aften", startdato = "2026-12-01" });
        var firstFollowUp = await OpenTaskAsync(caseworker, sag.CaseId, "opfoelgning");
        var firstPlan = Assert.Single((await caseworker.FollowUpsAsync(sag.CaseId)).Planlagt);

        // Act: 1 February 2027, the follow-up changes provider.
        scenario.Clock.Set(new DateTimeOffset(2027, 2, 1, 10, 0, 0, TimeSpan.FromHours(1)));
        caseworker.Dispose();
        caseworker = await scenario.SignInAsync(Caseworker);
        using var leaderInFebruary = await scenario.SignInAsync(Leader);
        await CompleteAsync(caseworker, firstFollowUp, "skift-leverandoer", new { noter = "Familien og behandleren har ikke fundet et samarbejde", maalopfyldelse = 3 });
        var afterChange = await GrantsAsync(caseworker, sag.CaseId);
        var ended = await GrantAsync(caseworker, sag.CaseId, firstFrame.Id);
        var secondFrame = Assert.Single(afterChange, g => g.Id != firstFrame.Id);
        var openAfterChange = await OpenStepsAsync(caseworker, sag.CaseId);

        // A new bid round within the new frame: the internal provider declines, the external one quotes and is accepted.
        var secondMatching = await NeedAsync(caseworker, sag.CaseId, indstillingId, targetGroup, bidRound: true);
        await EnsureOkAsync(await BidAsync(caseworker, sag.CaseId, secondMatching.Id, own.Id, "Afslag"));
        await EnsureOkAsync(await BidAsync(caseworker, sag.CaseId, secondMatching.Id, external.Id, "Bud", 800.00m));
        await EnsureOkAsync(await ChooseAsync(caseworker, sag.CaseId, secondMatching.Id, external.Id));
        await EnsureOkAsync(await DecideAsync(leaderInFebruary, sag.CaseId, secondMatching.Id, "Accepteret"));
        using var externalProvider = await scenario.SignInAsync(externalUser, Password);
        var externalOrder = Assert.Single(await OrdersAsync(externalProvider));
        await EnsureOkAsync(await externalProvider.PostAsync($"/api/provider/orders/{externalOrder.Id}/accept", new { }));
        await CompleteAsync(caseworker, await OpenTaskAsync(caseworker, sag.CaseId, "opstartsmoede"), "gennemfoert",
            new { maal = "Faste rutiner morgen og aften", startdato = "2027-02-15" });
        var secondFollowUp = await OpenTaskAsync(caseworker, sag.CaseId, "opfoelgning");

        // 15 April 2027: the follow-up ends the help.
        scenario.Clock.Set(new DateTimeOffset(2027, 4, 15, 10, 0, 0, TimeSpan.FromHours(2)));
        caseworker.Dispose();
        caseworker = await scenario.SignInAsync(Caseworker);
        await CompleteAsync(caseworker, secondFollowUp, "afslut", new { noter = "Målene er nået", maalopfyldelse = 8 });
        var grants = await GrantsAsync(caseworker, sag.CaseId);
        var secondEnded = await GrantAsync(caseworker, sag.CaseId, secondFrame.Id);
        var followUps = await caseworker.FollowUpsAsync(sag.CaseId);
        var closed = await caseworker.ReadAsync<Sager.CaseApi.CaseDetail>(await caseworker.GetAsync($"/api/cases/{sag.CaseId}"));
        var tasks = (await caseworker.ListAsync($"?view=case&caseId={sag.CaseId}&take=500")).Items;
        using var ownProviderAtEnd = await scenario.SignInAsync(ownUser, Password);
        using var externalProviderAtEnd = await scenario.SignInAsync(externalUser, Password);
        var ownOrders = await OrdersAsync(ownProviderAtEnd);
        var externalOrders = await OrdersAsync(externalProviderAtEnd);
        using var admin = await scenario.SignInAsync(Administrator);
        var flow = await admin.InstanceAsync(sag.WorkflowInstanceId!);
        caseworker.Dispose();

        // Assert: the follow-up cadence is the measure type's rule: two months after the start, where the law's default gives three.
        Assert.Equal(("IndsatsType", "familiebehandling"), (firstPlan.Kilde, firstPlan.IndsatsType));
        Assert.Equal(new DateTimeOffset(2027, 2, 1, 23, 59, 59, TimeSpan.FromHours(1)), firstFollowUp.DueAt);
        Assert.Equal(new DateTimeOffset(2027, 4, 15, 23, 59, 59, TimeSpan.FromHours(2)), secondFollowUp.DueAt);
        // The old grant ends on the day of the follow-up: December and January at 6 × 850.50 kr. = 5,103.00 kr. and 1/28 of February (182.25 kr.).
        Assert.Equal(("Afsluttet", ownProviderId, (DateOnly?)new DateOnly(2027, 2, 1), "Skift af leverandør ved opfølgning"),
            (ended.Grant.Status, ended.Grant.ProviderId!.Value, ended.Grant.End, ended.Grant.EndReason));
        Assert.Equal(10_388.25m, ended.Commitment.Total);
        // The new frame starts the day after, with no provider until the new matching has chosen one.
        Assert.Equal(2, afterChange.Count);
        Assert.Equal(("Aktiv", (Guid?)null, new DateOnly(2027, 2, 2), (DateOnly?)new DateOnly(2027, 11, 30)),
            (secondFrame.Status, secondFrame.ProviderId, secondFrame.Start, secondFrame.End));
        Assert.NotNull(secondFrame.FramePerYear);
        Assert.DoesNotContain("opfoelgning", openAfterChange);
        Assert.DoesNotContain("opstartsmoede", openAfterChange);
        Assert.NotEqual(firstMatching.Id, secondMatching.Id);
        Assert.Equal((secondFrame.Id, "AfventerInterne"), (secondMatching.BevillingId!.Value, secondMatching.BidRound!.Phase));
        Assert.Equal([own.Id], secondMatching.BidRound.Invited.Select(i => i.OfferId));
        // Each provider has the one order it accepted; the new one starts with the new grant.
        Assert.Equal([("Accepteret", 850.50m)], ownOrders.Select(o => (o.Status, o.UnitPrice)));
        Assert.Equal([("Accepteret", 800.00m, new DateOnly(2027, 2, 2))], externalOrders.Select(o => (o.Status, o.UnitPrice, o.Start)));
        // The new grant ends at the last follow-up: 27/28 of February's 4,800.00 kr., March, and 15/30 of April.
        Assert.Equal(2, grants.Count);
        Assert.Equal(("Afsluttet", externalProviderId, 800.00m, (DateOnly?)new DateOnly(2027, 4, 15), "Indsatsen er afsluttet ved opfølgning"),
            (secondEnded.Grant.Status, secondEnded.Grant.ProviderId!.Value, secondEnded.Grant.UnitPrice, secondEnded.Grant.End, secondEnded.Grant.EndReason));
        Assert.Equal(11_828.57m, secondEnded.Commitment.Total);
        Assert.Equal([("SkiftLeverandoer", firstFrame.Id), ("Afslut", secondFrame.Id)],
            followUps.Opfoelgninger.OrderBy(o => o.RegistreretAt).Select(o => (o.Udfald, o.BevillingId!.Value)));
        Assert.Equal(2, tasks.Count(t => t.ActivityId == "opstartsmoede" && t.Status == "Completed"));
        Assert.DoesNotContain(tasks, t => t.Status is not ("Completed" or "Cancelled"));
        Assert.Equal("Lukket", closed.Status);
        Assert.Equal("Finished", flow.Status);
    }

    static async Task EnsureOkAsync(HttpResponseMessage response) =>
        Assert.True(response.IsSuccessStatusCode, $"{response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
}

[Collection(SqliteCollection.Name)]
public sealed class BevillingFoerMatchningFlowTestsOnSqlite(SqliteHostFixture host) : BevillingFoerMatchningFlowTests(host);

[Collection(PostgresCollection.Name)]
public sealed class BevillingFoerMatchningFlowTestsOnPostgres(PostgresHostFixture host) : BevillingFoerMatchningFlowTests(host);
