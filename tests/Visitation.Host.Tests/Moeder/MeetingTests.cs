using System.Net;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Visitation.Host.Features.Indstillinger;
using Visitation.Host.Infrastructure.Persistence;
using Visitation.Host.Tests.Infrastructure;
using Visitation.Host.Tests.Opgaver;
using Visitation.Host.Tests.Scenarios;
using static Visitation.Host.Tests.Sager.CaseApi;
using static Visitation.Host.Tests.Sager.UnderretningApi;

namespace Visitation.Host.Tests.Moeder;

/// <summary>
/// Hvidovre (0167) sends familiebehandling from an external provider to its visitationsudvalg, which meets on Tuesdays at
/// 09:00 with the agenda closing on the Saturday before at 12:00; its chair is leder@0167 and its members leder@0167 and
/// oekonomi@0167. Each test runs on a database of its own with a clock it moves by hand.
/// </summary>
public abstract partial class MeetingTests(HostFixture host)
{
    const string Kommune = "0167";
    const string Chair = "leder@0167";
    const string Member = "oekonomi@0167";
    // How the minutes name them.
    const string ChairName = "Leder (Hvidovre)";
    const string MemberName = "Økonomi (Hvidovre)";

    public sealed record ScheduledMeeting(Guid ForumId, string Forum, Guid MeetingId, Guid ItemId, DateOnly Date, DateTimeOffset StartsAt, string Status, int Position,
        string ItemStatus);

    public sealed record Indstilling(Guid Id, string Status, ScheduledMeeting? Meeting, string? ReturnedFor);

    public sealed record Decision(Guid Id, Guid IndstillingId, string Outcome, string Rationale, string? Change, decimal? ChangedQuantity, string? Investigate,
        string DecidedBy, DateOnly? TimeLimit, string? FollowUpCadence, Guid? MeetingId, DateTimeOffset DecidedAt = default);

    public sealed record CaseDecisions(List<Indstilling> Indstillinger, List<Decision> Decisions);

    public sealed record Item(Guid Id, Guid MeetingId, Guid CaseId, Guid IndstillingId, int Position, string Status, string? Outcome, List<string> Disqualified,
        List<string> ApprovedBy, Guid? DecisionId);

    public sealed record Proposal(string MeasureType, string? Provider, decimal Quantity, string Unit, decimal UnitPrice, decimal CostThisYear, decimal CostTotal,
        decimal AnnualCost);

    public sealed record CurrentMeasure(Guid DecisionId, string MeasureType, decimal Quantity, decimal CostThisYear, decimal AnnualCost);

    public sealed record Entry(Item Item, string CaseNumber, Proposal Proposal, List<CurrentMeasure> CurrentMeasures, decimal CurrentMeasuresAnnualCost, string Presenter,
        DateTimeOffset PresenterSlotStart, DateTimeOffset PresenterSlotEnd);

    public sealed record Totals(int Items, decimal CostThisYear, decimal CostTotal, decimal NewAnnualCost);

    public sealed record MeetingView(Guid Id, DateOnly Date, DateTimeOffset StartsAt, string Status, int Items, DateTimeOffset? MinutesApprovedAt, string? MinutesApprovedBy);

    public sealed record Agenda(Guid ForumId, string Forum, MeetingView Meeting, List<Entry> Items, Totals Totals);

    public sealed record Forum(Guid Id, string Name, string? Level);

    /// <summary>Thursday 4 March 2027, 11:00 in Copenhagen: the agenda of Tuesday 9 March is still open.</summary>
    static readonly DateTimeOffset Thursday = new(2027, 3, 4, 10, 0, 0, TimeSpan.Zero);

    sealed class People(CaseScenario scenario, ApiClient caseworker, ApiClient admin, ApiClient chair, ApiClient member) : IAsyncDisposable
    {
        public CaseScenario Scenario { get; } = scenario;
        public ApiClient Caseworker { get; private set; } = caseworker;
        public ApiClient Admin { get; private set; } = admin;
        public ApiClient Chair { get; private set; } = chair;
        public ApiClient Member { get; private set; } = member;

        /// <summary>Moves the clock; everyone signs in again, as they would days later.</summary>
        public async Task MoveClockAsync(DateTimeOffset to)
        {
            Scenario.Clock.Set(to);
            foreach (var client in new[] { Caseworker, Admin, Chair, Member }) client.Dispose();
            Caseworker = await Scenario.SignInAsync($"raadgiver@{Kommune}");
            Admin = await Scenario.SignInAsync($"administrator@{Kommune}");
            Chair = await Scenario.SignInAsync(MeetingTests.Chair);
            Member = await Scenario.SignInAsync(MeetingTests.Member);
        }

        /// <summary>The morning of the meeting's day, half an hour before it starts: the day it may be opened.</summary>
        public Task MeetingDayAsync(ScheduledMeeting meeting) => MoveClockAsync(meeting.StartsAt.AddMinutes(-30));

        public async ValueTask DisposeAsync()
        {
            foreach (var client in new[] { Caseworker, Admin, Chair, Member }) client.Dispose();
            await Scenario.DisposeAsync();
        }
    }

    async Task<People> StartAsync()
    {
        var scenario = await CaseScenario.StartAsync(host, Thursday);
        return new People(scenario, await scenario.SignInAsync($"raadgiver@{Kommune}"), await scenario.SignInAsync($"administrator@{Kommune}"),
            await scenario.SignInAsync(Chair), await scenario.SignInAsync(Member));
    }

    static object Familiebehandling(decimal quantity, decimal unitPrice, string start, string? expectedEnd, string unit = "timer-pr-maaned") => new
    {
        needs = "Familien har brug for hjælp til struktur i hverdagen.",
        measure = new { type = "familiebehandling", legalBasis = "BL-32", provider = "Familiecentret Kystvejen", providerKind = "ekstern" },
        scope = new { quantity, unit, unitPrice },
        start,
        expectedEnd,
        goals = new[] { "Faste rutiner morgen og aften" },
        followUpCadence = "P3M",
        gates = new { barnetsPlan = true, boernesamtale = true, familieraadslagning = true },
    };

    /// <summary>A case from underretning to a submitted indstilling whose partshøring is done, so the flow puts it on the forum's next meeting.</summary>
    static async Task<(Guid CaseId, string FlowId, Guid IndstillingId)> QueuedCaseAsync(People people, object? indstilling = null)
    {
        var (caseId, flowId, indstillingId, hearing) = await CaseAtHearingAsync(people, indstilling);
        await CaseScenario.CompleteAsync(people.Caseworker, hearing, "gennemfoert", new { begrundelse = "Forældrene er enige i indstillingen." });
        return (caseId, flowId, indstillingId);
    }

    /// <summary>A case whose indstilling is submitted and whose partshøring waits: completing it puts the indstilling on a meeting.</summary>
    static async Task<(Guid CaseId, string FlowId, Guid IndstillingId, TaskApi.WorkItem Hearing)> CaseAtHearingAsync(People people, object? indstilling = null)
    {
        var registered = await CaseScenario.UnderretningFromTeacherAsync(people.Caseworker, "Ida Holm", NewCpr(), people.Scenario.Clock.GetUtcNow().AddHours(-1));
        var flowId = registered.WorkflowInstanceId!;
        await CompleteAsync(people.Admin, flowId, "vurdering", "undersoegelse", new { begrundelse = "Bekymring for trivsel" });
        await CompleteAsync(people.Admin, flowId, "undersoegelse", "indstilling");
        var draft = await people.Caseworker.ReadAsync<Indstilling>(await people.Caseworker.PostAsync($"/api/cases/{registered.CaseId}/indstillinger",
            indstilling ?? Familiebehandling(6, 850.50m, "2027-04-01", "2027-09-30")), HttpStatusCode.Created);
        (await people.Caseworker.PostAsync($"/api/cases/{registered.CaseId}/indstillinger/{draft.Id}/submit", null)).EnsureSuccessStatusCode();
        var hearing = await CaseScenario.OpenTaskAsync(people.Caseworker, registered.CaseId, "partshoering");
        return (registered.CaseId, flowId, draft.Id, hearing);
    }

    static async Task<CaseDecisions> DecisionsAsync(ApiClient client, Guid caseId) =>
        await client.ReadAsync<CaseDecisions>(await client.GetAsync($"/api/cases/{caseId}/indstillinger"));

    static async Task<ScheduledMeeting> MeetingOfAsync(ApiClient client, Guid caseId) => (await DecisionsAsync(client, caseId)).Indstillinger.Single().Meeting!;

    static async Task<Forum> ForumAsync(ApiClient client) =>
        (await client.ReadAsync<List<Forum>>(await client.GetAsync("/api/forums"))).Single(f => f.Level == "visitationsudvalg");

    static Task<HttpResponseMessage> SetForumAsync(ApiClient leader, Guid forumId, int capacity = 8, string asyncApproval = "ChairAlone", string[]? members = null,
        string[]? substitutes = null, string[]? secretaries = null, int cutoffDaysBefore = 3, string cutoffTime = "12:00") =>
        leader.SendAsync(HttpMethod.Put, $"/api/forums/{forumId}", new
        {
            name = "Visitationsudvalg", kind = "Visitationsudvalg", level = "visitationsudvalg", chair = Chair, members = members ?? [Chair, Member], substitutes,
            schedule = new { everyWeeks = 1, weekday = "Tuesday", time = "09:00", startsOn = "2026-01-06" },
            cutoff = new { daysBefore = cutoffDaysBefore, time = cutoffTime }, capacity, asyncApproval, secretaries,
        });

    static string ItemPath(ScheduledMeeting m) => $"/api/forums/{m.ForumId}/meetings/{m.MeetingId}/items/{m.ItemId}";

    static Task<HttpResponseMessage> DecideAsync(ApiClient client, ScheduledMeeting m, object body) => client.PostAsync(ItemPath(m) + "/decision", body);

    [Fact]
    public async Task Should_queue_on_the_next_meeting_whose_agenda_is_open_and_has_room_and_show_the_caseworker_which()
    {
        await using var people = await StartAsync();
        var forum = await ForumAsync(people.Chair);
        (await SetForumAsync(people.Chair, forum.Id, capacity: 2)).EnsureSuccessStatusCode();

        var first = await QueuedCaseAsync(people);
        var second = await QueuedCaseAsync(people);
        var spilled = await QueuedCaseAsync(people);
        // Saturday 13 March 12:00:01 in Copenhagen: the agenda of 16 March has just closed, although it has room.
        await people.MoveClockAsync(new DateTimeOffset(2027, 3, 13, 11, 0, 1, TimeSpan.Zero));
        var late = await QueuedCaseAsync(people);

        var meetings = new List<ScheduledMeeting>();
        foreach (var c in new[] { first, second, spilled, late }) meetings.Add(await MeetingOfAsync(people.Caseworker, c.CaseId));
        var decisions = await DecisionsAsync(people.Caseworker, first.CaseId);
        var raw = await (await people.Caseworker.GetAsync($"/api/cases/{first.CaseId}/indstillinger")).Content.ReadAsStringAsync();

        // Instants in UTC, as everywhere in the API, although the schedule is kept in Copenhagen time.
        Assert.Contains("\"startsAt\":\"2027-03-09T08:00:00+00:00\"", raw);
        Assert.DoesNotContain("+01:00", raw);
        Assert.Equal([new DateOnly(2027, 3, 9), new DateOnly(2027, 3, 9), new DateOnly(2027, 3, 16), new DateOnly(2027, 3, 23)], meetings.Select(m => m.Date));
        Assert.Equal([1, 2, 1, 1], meetings.Select(m => m.Position));
        Assert.Equal(new DateTimeOffset(2027, 3, 9, 8, 0, 0, TimeSpan.Zero), meetings[0].StartsAt);
        Assert.All(meetings, m => Assert.Equal(("Visitationsudvalg", "Planned", "Queued"), (m.Forum, m.Status, m.ItemStatus)));
        Assert.Equal("ParkeretTilMoede", decisions.Indstillinger.Single().Status);
        Assert.Empty(decisions.Decisions);
    }

    [Fact]
    public async Task Should_show_the_agenda_with_each_items_cost_the_cases_current_measures_and_the_new_annual_cost_to_the_oere()
    {
        await using var people = await StartAsync();
        var first = await QueuedCaseAsync(people);
        // 3 hours a month at 1,000.25 kr. from 16 March, open-ended.
        var second = await QueuedCaseAsync(people, Familiebehandling(3, 1000.25m, "2027-03-16", null));
        var earlier = await GrantEarlierAsync(people, second.CaseId);
        var meeting = await MeetingOfAsync(people.Caseworker, first.CaseId);
        var path = $"/api/forums/{meeting.ForumId}/meetings/{meeting.MeetingId}/agenda";

        var agenda = await people.Member.ReadAsync<Agenda>(await people.Member.GetAsync(path));
        var byCaseworker = await people.Caseworker.GetAsync(path);
        using var other = await people.Scenario.SignInAsync("leder@0621");
        var byOtherMunicipality = await other.GetAsync(path);

        Assert.Equal(["raadgiver@0167", "raadgiver@0167"], agenda.Items.Select(i => i.Presenter));
        Assert.Equal([first.IndstillingId, second.IndstillingId], agenda.Items.Select(i => i.Item.IndstillingId));
        // 6 hours × 850.50 kr. = 5,103.00 kr. a month, April to September 2027.
        Assert.Equal(new Proposal("familiebehandling", "Familiecentret Kystvejen", 6, "timer-pr-maaned", 850.50m, 30618.00m, 30618.00m, 30618.00m), agenda.Items[0].Proposal);
        // 3,000.75 kr. a month: 16/31 of March, then April to December in 2027; 12 whole months over the first year.
        Assert.Equal((28555.52m, 36009.00m, 36009.00m), (agenda.Items[1].Proposal.CostThisYear, agenda.Items[1].Proposal.CostTotal, agenda.Items[1].Proposal.AnnualCost));
        Assert.Empty(agenda.Items[0].CurrentMeasures);
        var current = Assert.Single(agenda.Items[1].CurrentMeasures);
        // The earlier grant: 2 hours a month at 1,000.25 kr. for all of 2027.
        Assert.Equal((earlier, "familiebehandling", 2m, 24006.00m, 24006.00m), (current.DecisionId, current.MeasureType, current.Quantity, current.CostThisYear, current.AnnualCost));
        Assert.Equal(24006.00m, agenda.Items[1].CurrentMeasuresAnnualCost);
        Assert.Equal(new Totals(2, 59173.52m, 66627.00m, 66627.00m), agenda.Totals);
        Assert.Equal((meeting.StartsAt, meeting.StartsAt.AddMinutes(15)), (agenda.Items[0].PresenterSlotStart, agenda.Items[1].PresenterSlotStart));
        Assert.All(agenda.Items, i => Assert.False(string.IsNullOrEmpty(i.CaseNumber)));
        await Problem.AssertAsync(byCaseworker, HttpStatusCode.Forbidden, "meeting.notMember");
        await Problem.AssertAsync(byOtherMunicipality, HttpStatusCode.NotFound, "resource.notFound");
    }

    /// <summary>Puts an earlier, granted indstilling on the case, as a decision made before this one was drafted.</summary>
    async Task<Guid> GrantEarlierAsync(People people, Guid caseId)
    {
        var earlier = await people.Caseworker.ReadAsync<Indstilling>(await people.Caseworker.PostAsync($"/api/cases/{caseId}/indstillinger",
            Familiebehandling(2, 1000.25m, "2027-01-01", "2027-12-31")), HttpStatusCode.Created);
        using var scope = people.Scenario.Factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<VisitationDbContext>();
        var indstilling = await db.Indstillinger.IgnoreQueryFilters().SingleAsync(i => i.Id == earlier.Id);
        indstilling.Status = IndstillingStatus.Afgjort;
        var decision = new Afgoerelse
        {
            Id = Guid.NewGuid(), KommuneId = indstilling.KommuneId, SagId = caseId, IndstillingId = indstilling.Id, Udfald = AfgoerelseUdfald.Bevilget,
            Begrundelse = "Tidligere bevilling", NiveauKode = "raadgiver", NiveauNavn = "Rådgiver", RegelId = "hvi-fb-intern", PlanVersion = 1, AfgjortAf = "raadgiver@0167",
            AfgjortAt = Thursday.AddMonths(-3),
        };
        db.Afgoerelser.Add(decision);
        await db.SaveChangesAsync();
        return decision.Id;
    }

    [Fact]
    public async Task Should_let_only_members_decide_at_the_open_meeting_and_close_it_into_afgoerelser_that_move_each_flow()
    {
        await using var people = await StartAsync();
        var (outsiderName, outsider) = await people.Scenario.NewColleagueAsync(people.Admin, "leder-", Kommune, "Leder");
        (await SetForumAsync(people.Chair, (await ForumAsync(people.Chair)).Id, asyncApproval: "Off")).EnsureSuccessStatusCode();
        var refused = await QueuedCaseAsync(people);
        var returned = await QueuedCaseAsync(people);
        var changed = await QueuedCaseAsync(people);
        var postponed = await QueuedCaseAsync(people);
        var undecided = await QueuedCaseAsync(people);
        var m = new Dictionary<string, ScheduledMeeting>();
        foreach (var (name, c) in new[] { ("refused", refused), ("returned", returned), ("changed", changed), ("postponed", postponed), ("undecided", undecided) })
            m[name] = await MeetingOfAsync(people.Caseworker, c.CaseId);
        var meetingPath = $"/api/forums/{m["refused"].ForumId}/meetings/{m["refused"].MeetingId}";
        var later = (await people.Chair.ReadAsync<List<MeetingView>>(await people.Chair.GetAsync($"/api/forums/{m["refused"].ForumId}/meetings?from=2027-03-30&to=2027-03-30"))).Single();
        var afslag = new { outcome = "Afslaaet", rationale = "Behovet kan dækkes af skolens støtte." };

        var beforeOpen = await DecideAsync(people.Member, m["refused"], afslag with { });
        // Thursday 4 March: the meeting of Tuesday 9 March cannot be held yet.
        var tooEarly = await people.Chair.PostAsync(meetingPath + "/open", null);
        await people.MoveClockAsync(new DateTimeOffset(2027, 3, 8, 22, 59, 59, TimeSpan.Zero));
        var lastSecondBefore = await people.Chair.PostAsync(meetingPath + "/open", null);
        await people.MeetingDayAsync(m["refused"]);
        outsider.Dispose();
        outsider = await people.Scenario.SignInAsync(outsiderName, TaskApi.Password);
        (await people.Chair.PostAsync(meetingPath + "/open", null)).EnsureSuccessStatusCode();
        var invalid = await DecideAsync(people.Chair, m["changed"], new { outcome = "BevilgetMedAendring", rationale = "", followUpCadence = "hver måned" });
        var byOutsider = await DecideAsync(outsider, m["refused"], afslag);
        var byCaseworker = await DecideAsync(people.Caseworker, m["refused"], afslag);
        using var other = await people.Scenario.SignInAsync("leder@0621");
        var byOtherMunicipality = await DecideAsync(other, m["refused"], afslag);
        var disqualified = await people.Member.ReadAsync<Item>(await people.Member.PostAsync(ItemPath(m["refused"]) + "/disqualify", null));
        var byDisqualified = await DecideAsync(people.Member, m["refused"], afslag);
        await people.Chair.ReadAsync<Item>(await DecideAsync(people.Chair, m["refused"], afslag));
        await people.Member.ReadAsync<Item>(await DecideAsync(people.Member, m["returned"],
            new { outcome = "Tilbagesendt", rationale = "Skolens vurdering mangler.", investigate = "Indhent skolens udtalelse." }));
        await people.Chair.ReadAsync<Item>(await DecideAsync(people.Chair, m["changed"], new
        {
            outcome = "BevilgetMedAendring", rationale = "Behovet dækkes med færre timer.", change = "4 timer om måneden i stedet for 6.", changedQuantity = 4,
            timeLimit = "2027-08-31", followUpCadence = "P2M",
        }));
        var postponedTooEarly = await DecideAsync(people.Chair, m["postponed"], new { outcome = "Udsat", rationale = "Sagsbehandleren er syg.", postponeTo = m["refused"].MeetingId });
        await people.Chair.ReadAsync<Item>(await DecideAsync(people.Chair, m["postponed"], new { outcome = "Udsat", rationale = "Sagsbehandleren er syg.", postponeTo = later.Id }));
        // The chair closes the meeting the next morning: what the meeting decided still carries the meeting's date.
        await people.MoveClockAsync(new DateTimeOffset(2027, 3, 10, 7, 0, 0, TimeSpan.Zero));
        outsider.Dispose();
        outsider = await people.Scenario.SignInAsync(outsiderName, TaskApi.Password);
        using var _ = outsider;
        var closed = await people.Chair.ReadAsync<MeetingView>(await people.Chair.PostAsync(meetingPath + "/close", null));
        var afterClose = await DecideAsync(people.Chair, m["undecided"], afslag);

        await Problem.AssertAsync(beforeOpen, HttpStatusCode.Conflict, "meeting.notOpen");
        await Problem.AssertAsync(tooEarly, HttpStatusCode.Conflict, "meeting.notYet");
        await Problem.AssertAsync(lastSecondBefore, HttpStatusCode.Conflict, "meeting.notYet");
        var errors = await Problem.AssertAsync(invalid, HttpStatusCode.BadRequest, "field.required", "/rationale");
        Assert.Contains(errors, e => e.Path == "/change" && e.Code == "field.required");
        Assert.Contains(errors, e => e.Path == "/followUpCadence" && e.Code == "indstilling.invalidCadence");
        await Problem.AssertAsync(byOutsider, HttpStatusCode.Forbidden, "meeting.notMember");
        await Problem.AssertAsync(byCaseworker, HttpStatusCode.Forbidden, "meeting.notMember");
        await Problem.AssertAsync(byOtherMunicipality, HttpStatusCode.NotFound, "resource.notFound");
        Assert.Equal([Member], disqualified.Disqualified);
        await Problem.AssertAsync(byDisqualified, HttpStatusCode.Forbidden, "meeting.disqualified");
        await Problem.AssertAsync(postponedTooEarly, HttpStatusCode.UnprocessableEntity, "meeting.invalidPostponement", "/postponeTo");
        Assert.Equal("Closed", closed.Status);
        await Problem.AssertAsync(afterClose, HttpStatusCode.Conflict, "meeting.itemNotOpen");

        // Afslag: one afgørelse, and the flow closes the case.
        var refusedDecision = Assert.Single((await DecisionsAsync(people.Caseworker, refused.CaseId)).Decisions);
        Assert.Equal(("Afslaaet", Chair, m["refused"].MeetingId), (refusedDecision.Outcome, refusedDecision.DecidedBy, refusedDecision.MeetingId));
        Assert.Equal(new DateOnly(2027, 3, 9), DateOnly.FromDateTime(CaseScenario.Local(refusedDecision.DecidedAt)));
        var refusedCase = await people.Caseworker.ReadAsync<CaseDetail>(await people.Caseworker.GetAsync($"/api/cases/{refused.CaseId}"));
        Assert.Equal("Lukket", refusedCase.Status);
        // Tilbagesendt: the undersøgelse is open again.
        var returnedDecisions = await DecisionsAsync(people.Caseworker, returned.CaseId);
        Assert.Equal(("Tilbagesendt", "Indhent skolens udtalelse."), (returnedDecisions.Indstillinger.Single().Status, returnedDecisions.Indstillinger.Single().ReturnedFor));
        Assert.Equal("Tilbagesendt", Assert.Single(returnedDecisions.Decisions).Outcome);
        await CaseScenario.OpenTaskAsync(people.Caseworker, returned.CaseId, "undersoegelse");
        // Bevilget med ændring: conditions on the afgørelse and its letter; the flow waits for the matching.
        var changedDecision = Assert.Single((await DecisionsAsync(people.Caseworker, changed.CaseId)).Decisions);
        Assert.Equal(("BevilgetMedAendring", 4m, new DateOnly(2027, 8, 31), "P2M"),
            (changedDecision.Outcome, changedDecision.ChangedQuantity!.Value, changedDecision.TimeLimit!.Value, changedDecision.FollowUpCadence!));
        var letter = await (await people.Caseworker.GetAsync($"/api/cases/{changed.CaseId}/decisions/{changedDecision.Id}/letter")).Content.ReadAsStringAsync();
        Assert.Contains("9. marts 2027", letter);
        Assert.DoesNotContain("10. marts 2027", letter);
        Assert.Contains("Tidsbegrænset til: 31. august 2027", letter);
        Assert.Contains("4 timer om måneden i stedet for 6.", letter);
        Assert.Contains("<li>Omfang: 4 timer om måneden</li>", letter);
        Assert.Contains("<li>Opfølgning: hver 2. måned</li>", letter);
        var flow = await FlowAsync(people.Admin, changed.FlowId);
        Assert.Contains(flow.Bookmarks, b => b.ActivityId == "matchning");
        Assert.Equal("bevilget-med-aendring", flow.Variables["moedeAfgoerelse"]!["udfald"]!.GetValue<string>());
        Assert.Equal("2027-08-31", flow.Variables["moedeAfgoerelse"]!["tidsbegraensning"]!.GetValue<string>());
        // Udsat to 30 March; undecided to the next meeting, 16 March. Both still wait, with no afgørelse.
        Assert.Equal((new DateOnly(2027, 3, 30), "Queued"), ((await MeetingOfAsync(people.Caseworker, postponed.CaseId)).Date, (await MeetingOfAsync(people.Caseworker, postponed.CaseId)).ItemStatus));
        Assert.Equal(new DateOnly(2027, 3, 16), (await MeetingOfAsync(people.Caseworker, undecided.CaseId)).Date);
        Assert.Empty((await DecisionsAsync(people.Caseworker, undecided.CaseId)).Decisions);
        Assert.Contains((await FlowAsync(people.Admin, postponed.FlowId)).Bookmarks, b => b.ActivityId == "afvent-moede");

        // The minutes: draft until the chair approves, then locked.
        var minutes = await people.Member.GetAsync(meetingPath + "/minutes");
        var html = await minutes.Content.ReadAsStringAsync();
        var byMember = await people.Member.PostAsync(meetingPath + "/minutes/approve", null);
        var approved = await people.Chair.ReadAsync<MeetingView>(await people.Chair.PostAsync(meetingPath + "/minutes/approve", null));
        var approvedHtml = await (await people.Chair.GetAsync(meetingPath + "/minutes")).Content.ReadAsStringAsync();
        var approvedAgain = await people.Chair.PostAsync(meetingPath + "/minutes/approve", null);
        var disqualifyAfter = await people.Chair.PostAsync(ItemPath(m["changed"]) + "/disqualify", null);
        var decideAfter = await DecideAsync(people.Chair, m["changed"], afslag);

        Assert.Equal("text/html", minutes.Content.Headers.ContentType?.MediaType);
        Assert.Contains("Referat: Visitationsudvalg", html);
        Assert.Contains("9. marts 2027", html);
        Assert.Contains(ChairName, html);
        Assert.Contains(MemberName, html);
        Assert.DoesNotContain(Chair, html);
        Assert.Contains(refusedCase.CaseNumber, html);
        Assert.Contains("Afslået.", html);
        Assert.Contains("Behovet kan dækkes af skolens støtte.", html);
        Assert.Contains("Indhent skolens udtalelse.", html);
        Assert.Contains("31. august 2027", html);
        Assert.Contains("<strong>Opfølgning:</strong> hver 2. måned", html);
        Assert.Contains(" – familiebehandling</h3>", html);
        // Each item's legal basis and scope, the changed scope where the forum changed it.
        Assert.Contains("<p><strong>Lovgrundlag:</strong> Barnets Lov § 32</p>", html);
        Assert.Contains("<p><strong>Omfang:</strong> 6 timer om måneden</p>", html);
        Assert.Contains("<p><strong>Omfang:</strong> 4 timer om måneden</p>", html);
        Assert.Contains($"<strong>Inhabil:</strong> {MemberName}", html);
        Assert.Contains("30. marts 2027", html);
        Assert.Contains("Udkast", html);
        Assert.DoesNotContain("Ida Holm", html);
        Assert.DoesNotContain(refusedCase.Cpr!, html);
        await Problem.AssertAsync(byMember, HttpStatusCode.Forbidden, "meeting.notChair");
        Assert.Equal(Chair, approved.MinutesApprovedBy);
        Assert.Contains($"godkendt af {ChairName}", approvedHtml);
        await Problem.AssertAsync(approvedAgain, HttpStatusCode.Conflict, "meeting.locked");
        await Problem.AssertAsync(disqualifyAfter, HttpStatusCode.Conflict, "meeting.locked");
        await Problem.AssertAsync(decideAfter, HttpStatusCode.Conflict, "meeting.locked");
        Assert.DoesNotContain(outsiderName, html);
    }

    [Fact]
    public async Task Should_decide_between_meetings_once_the_quorum_has_approved()
    {
        await using var people = await StartAsync();
        var (thirdName, third) = await people.Scenario.NewColleagueAsync(people.Admin, "medlem-", Kommune, "Leder");
        using var _ = third;
        var forum = await ForumAsync(people.Chair);
        (await SetForumAsync(people.Chair, forum.Id, asyncApproval: "MajorityOfMembers", members: [Chair, Member, thirdName])).EnsureSuccessStatusCode();
        var majority = await QueuedCaseAsync(people);
        var chairAlone = await QueuedCaseAsync(people);
        var mm = await MeetingOfAsync(people.Caseworker, majority.CaseId);
        var cm = await MeetingOfAsync(people.Caseworker, chairAlone.CaseId);
        var grant = new { outcome = "Bevilget", rationale = "Indsatsen er nødvendig og den mindst indgribende.", followUpCadence = "P3M" };

        // Majority: the third member is disqualified, so two of the chair and the members count; one approval is not enough.
        await third.ReadAsync<Item>(await third.PostAsync(ItemPath(mm) + "/disqualify", null));
        var proposed = await people.Member.ReadAsync<Item>(await DecideAsync(people.Member, mm, grant));
        var afterOne = await DecisionsAsync(people.Caseworker, majority.CaseId);
        var byDisqualified = await third.PostAsync(ItemPath(mm) + "/approve", null);
        var carried = await people.Chair.ReadAsync<Item>(await people.Chair.PostAsync(ItemPath(mm) + "/approve", null));
        var afterTwo = await DecisionsAsync(people.Caseworker, majority.CaseId);

        Assert.Equal("Queued", proposed.Status);
        Assert.Equal([Member], proposed.ApprovedBy);
        Assert.Empty(afterOne.Decisions);
        await Problem.AssertAsync(byDisqualified, HttpStatusCode.Forbidden, "meeting.disqualified");
        Assert.Equal("Decided", carried.Status);
        var decision = Assert.Single(afterTwo.Decisions);
        Assert.Equal(("Bevilget", "P3M", (Guid?)null), (decision.Outcome, decision.FollowUpCadence, decision.MeetingId));
        Assert.Equal("Afgjort", afterTwo.Indstillinger.Single().Status);
        Assert.Contains((await FlowAsync(people.Admin, majority.FlowId)).Bookmarks, b => b.ActivityId == "matchning");

        // Chair alone: a member's decision waits for the chair; the chair's approval carries it.
        (await SetForumAsync(people.Chair, forum.Id, asyncApproval: "ChairAlone", members: [Chair, Member, thirdName])).EnsureSuccessStatusCode();
        await people.Member.ReadAsync<Item>(await DecideAsync(people.Member, cm, grant));
        var byThird = await third.ReadAsync<Item>(await third.PostAsync(ItemPath(cm) + "/approve", null));
        var byChair = await people.Chair.ReadAsync<Item>(await people.Chair.PostAsync(ItemPath(cm) + "/approve", null));

        Assert.Equal("Queued", byThird.Status);
        Assert.Equal("Decided", byChair.Status);
        Assert.Single((await DecisionsAsync(people.Caseworker, chairAlone.CaseId)).Decisions);

        // Off: between meetings nothing is decided.
        (await SetForumAsync(people.Chair, forum.Id, asyncApproval: "Off")).EnsureSuccessStatusCode();
        var off = await QueuedCaseAsync(people);
        await Problem.AssertAsync(await DecideAsync(people.Chair, await MeetingOfAsync(people.Caseworker, off.CaseId), grant), HttpStatusCode.Conflict, "meeting.notOpen");
    }
}

[Collection(SqliteCollection.Name)]
public sealed class MeetingTestsOnSqlite(SqliteHostFixture host) : MeetingTests(host);

[Collection(PostgresCollection.Name)]
public sealed class MeetingTestsOnPostgres(PostgresHostFixture host) : MeetingTests(host);
