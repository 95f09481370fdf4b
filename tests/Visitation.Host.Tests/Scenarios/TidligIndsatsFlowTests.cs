using System.Text.Json.Nodes;
using Visitation.Host.Tests.Infrastructure;
using Visitation.Host.Tests.Opgaver;
using static Visitation.Host.Tests.Opfoelgning.OpfoelgningApi;
using static Visitation.Host.Tests.Scenarios.CaseScenario;
using static Visitation.Host.Tests.Sager.CaseApi;

namespace Visitation.Host.Tests.Scenarios;

/// <summary>
/// The shipped early-help flow (<c>tidlig-indsats.json</c>, Barnets Lov § 30) from the underretning to its end, through
/// the work list only: the assessment chooses early help, the cross-disciplinary meeting recommends it, a leader decides,
/// the help starts with one goal, the follow-up subflow records the goal attainment of each follow-up, and ending the
/// help closes the case, and with it the case's <c>visitation-standard</c> flow, which waited for the early help.
/// No undersøgelse, no forum and no grant on the way.
/// </summary>
public abstract class TidligIndsatsFlowTests(HostFixture host)
{
    static readonly string Caseworker = $"raadgiver@{Kolding}";
    static readonly string Leader = $"leder@{Kolding}";
    static readonly string Administrator = $"administrator@{Kolding}";

    /// <summary>Monday 10 May 2027, 09:00 in Copenhagen: the school's underretning arrived an hour ago.</summary>
    static readonly DateTimeOffset Now = new(2027, 5, 10, 9, 0, 0, TimeSpan.FromHours(2));

    const string Meeting = "tvaerfagligt-moede";
    const string Decision = "beslutning";
    const string Start = "ivaerksaet";
    const string FollowUp = "opfoelgning";
    const string Goal = "Kommer i skole hver dag";
    const string Reassessment = "genvurdering";
    const string AfterEarlyHelp = "efter-tidlig-indsats";

    /// <summary>The case's early-help flow, started by the assessment with the case id as correlation id.</summary>
    static async Task<WorkflowApi.Instance> EarlyHelpFlowAsync(ApiClient administrator, Guid caseId)
    {
        var instances = await administrator.ReadAsync<List<WorkflowApi.Instance>>(
            await administrator.GetAsync($"/api/workflow-instances?correlationId={caseId}&definitionId=tidlig-indsats"));
        return await administrator.InstanceAsync(Assert.Single(instances).Id);
    }

    /// <summary>The case's standard flow, started by the underretning, whose assessment started the early help.</summary>
    static async Task<WorkflowApi.Instance> CaseFlowAsync(ApiClient administrator, Guid caseId)
    {
        var instances = await administrator.ReadAsync<List<WorkflowApi.Instance>>(
            await administrator.GetAsync($"/api/workflow-instances?correlationId={caseId}&definitionId=visitation-standard"));
        return await administrator.InstanceAsync(Assert.Single(instances).Id);
    }

    /// <summary>An underretning whose assessment chooses early help, with the receipt sent and the parents heard.</summary>
    static async Task<Guid> EarlyHelpChosenAsync(CaseScenario scenario, string childName, string? cpr = null)
    {
        using var caseworker = await scenario.SignInAsync(Caseworker);
        var sag = await UnderretningFromTeacherAsync(caseworker, childName, cpr ?? NewCpr(), Now.AddHours(-1));
        await CompleteAsync(caseworker, await OpenTaskAsync(caseworker, sag.CaseId, Assessment), "tidlig-indsats",
            new { begrundelse = "Skolen og forældrene ønsker støtte til fremmøde" });
        await CompleteAsync(caseworker, await OpenTaskAsync(caseworker, sag.CaseId, Receipt), "sendt");
        await CompleteAsync(caseworker, await OpenTaskAsync(caseworker, sag.CaseId, Parents), "gennemfoert");
        return sag.CaseId;
    }

    static async Task<CaseDetail> CaseAsync(ApiClient client, Guid caseId) => await client.ReadAsync<CaseDetail>(await client.GetAsync($"/api/cases/{caseId}"));

    [Fact]
    public async Task Should_run_early_help_from_the_assessment_through_two_follow_ups_with_goal_attainment_to_a_closed_case()
    {
        // Arrange
        await using var scenario = await StartAsync(host, Now);
        var caseId = await EarlyHelpChosenAsync(scenario, "Aksel Tidlig");
        using var caseworker = await scenario.SignInAsync(Caseworker);
        using var leader = await scenario.SignInAsync(Leader);

        // Act: the team meets the parents and recommends early help; the leader decides it with its one goal; it starts today.
        var meeting = await OpenTaskAsync(caseworker, caseId, Meeting);
        await CompleteAsync(caseworker, meeting, "anbefalet", new { begrundelse = "Forældre, lærer og sundhedsplejerske er enige" });
        var decision = await OpenTaskAsync(leader, caseId, Decision);
        await CompleteAsync(leader, decision, "bevilget", new { maal = Goal });
        var start = await OpenTaskAsync(caseworker, caseId, Start);
        var startDescription = (await caseworker.ReadAsync<JsonObject>(await caseworker.GetAsync($"/api/tasks/{start.Id}")))["task"]!["description"]!.GetValue<string>();
        await CompleteAsync(caseworker, start, "ivaerksat", new { maal = Goal, start = "2027-05-10" });
        var first = await OpenTaskAsync(caseworker, caseId, FollowUp);

        // The first follow-up: the goal is partly reached, the help goes on.
        scenario.Clock.Set(new DateTimeOffset(2027, 8, 9, 10, 0, 0, TimeSpan.FromHours(2)));
        using var caseworkerInAugust = await scenario.SignInAsync(Caseworker);
        await CompleteAsync(caseworkerInAugust, first, "fortsaet", new { noter = "Fremmødet er bedre, men ikke stabilt", maalopfyldelse = 5 });
        var second = await OpenTaskAsync(caseworkerInAugust, caseId, FollowUp);

        // The second follow-up: the goal is reached and the help ends.
        scenario.Clock.Set(new DateTimeOffset(2028, 2, 8, 10, 0, 0, TimeSpan.FromHours(1)));
        using var caseworkerInFebruary = await scenario.SignInAsync(Caseworker);
        await CompleteAsync(caseworkerInFebruary, second, "afslut", new { noter = "Aksel kommer i skole hver dag", maalopfyldelse = 9 });
        using var administrator = await scenario.SignInAsync(Administrator);
        var flow = await EarlyHelpFlowAsync(administrator, caseId);
        var caseFlow = await CaseFlowAsync(administrator, caseId);
        var recorded = await caseworkerInFebruary.FollowUpsAsync(caseId);
        var sag = await CaseAsync(caseworkerInFebruary, caseId);
        var tasks = (await caseworkerInFebruary.ListAsync($"?view=case&caseId={caseId}&take=500")).Items;

        // Assert: no undersøgelse and no forum; the decision is the leader's, the follow-ups the tovholder's.
        Assert.Equal([new TaskApi.Candidate("user", Caseworker)], meeting.Candidates);
        Assert.Equal([new TaskApi.Candidate("role", "leder")], decision.Candidates);
        Assert.Equal(["bevilget", "afslaaet"], decision.Actions);
        Assert.Contains(Goal, startDescription);
        Assert.Equal(new DateTimeOffset(2027, 8, 10, 23, 59, 59, TimeSpan.FromHours(2)), first.DueAt);
        Assert.Equal(new DateTimeOffset(2028, 2, 10, 23, 59, 59, TimeSpan.FromHours(1)), second.DueAt);
        Assert.Equal([(1, "Fortsaet", 5), (2, "Afslut", 9)],
            recorded.Opfoelgninger.OrderBy(o => o.Nummer).Select(o => (o.Nummer, o.Udfald, o.Maalopfyldelse)));
        Assert.All(recorded.Opfoelgninger, o => Assert.Null(o.BevillingId));
        Assert.Empty(recorded.Planlagt);
        Assert.Equal("Finished", flow.Status);
        Assert.Equal("afsluttet", flow.Output["udfald"]!.GetValue<string>());
        Assert.Equal(("Finished", "Finished"), (caseFlow.Status, caseFlow.SubStatus));
        Assert.Empty(caseFlow.Bookmarks);
        Assert.Equal("Lukket", sag.Status);
        Assert.DoesNotContain(tasks, t => t.ActivityId == Undersoegelse);
        Assert.DoesNotContain(tasks, t => t.Status is not ("Completed" or "Cancelled"));
    }

    [Fact]
    public async Task Should_start_the_help_again_when_a_follow_up_changes_who_delivers_it()
    {
        // Arrange
        await using var scenario = await StartAsync(host, Now);
        var caseId = await EarlyHelpChosenAsync(scenario, "Bodil Tidlig");
        using var caseworker = await scenario.SignInAsync(Caseworker);
        using var leader = await scenario.SignInAsync(Leader);
        await CompleteAsync(caseworker, await OpenTaskAsync(caseworker, caseId, Meeting), "anbefalet", new { begrundelse = "Enige om forløb" });
        await CompleteAsync(leader, await OpenTaskAsync(leader, caseId, Decision), "bevilget", new { maal = Goal });
        await CompleteAsync(caseworker, await OpenTaskAsync(caseworker, caseId, Start), "ivaerksat", new { maal = Goal });

        // Act: the follow-up finds that the help must be given by someone else; it starts again and is then ended.
        await CompleteAsync(caseworker, await OpenTaskAsync(caseworker, caseId, FollowUp), "skift-leverandoer",
            new { noter = "Skolens AKT-lærer stopper; PPR overtager", maalopfyldelse = 3 });
        var again = await OpenTaskAsync(caseworker, caseId, Start);
        await CompleteAsync(caseworker, again, "ivaerksat", new { maal = Goal });
        await CompleteAsync(caseworker, await OpenTaskAsync(caseworker, caseId, FollowUp), "afslut", new { noter = "Målet er nået", maalopfyldelse = 8 });
        using var administrator = await scenario.SignInAsync(Administrator);
        var flow = await EarlyHelpFlowAsync(administrator, caseId);
        var recorded = await caseworker.FollowUpsAsync(caseId);

        // Assert
        Assert.Equal("Assigned", again.Status);
        Assert.Equal([("Afslut", 8), ("SkiftLeverandoer", 3)], recorded.Opfoelgninger.Select(o => (o.Udfald, o.Maalopfyldelse)).Order());
        Assert.Equal(("Finished", "afsluttet"), (flow.Status, flow.Output["udfald"]!.GetValue<string>()));
        Assert.Equal("Lukket", (await CaseAsync(caseworker, caseId)).Status);
    }

    [Fact]
    public async Task Should_give_the_caseworker_a_task_to_assess_the_case_and_reassess_a_new_underretning_when_the_meeting_does_not_recommend_early_help()
    {
        // Arrange
        await using var scenario = await StartAsync(host, Now);
        var cpr = NewCpr();
        var caseId = await EarlyHelpChosenAsync(scenario, "Cecilie Tidlig", cpr);
        using var caseworker = await scenario.SignInAsync(Caseworker);

        // Act: the meeting does not recommend early help; a week later the school sends a new underretning; the caseworker
        // then decides the case needs an undersøgelse.
        await CompleteAsync(caseworker, await OpenTaskAsync(caseworker, caseId, Meeting), "ikke-anbefalet", new { begrundelse = "Bekymringen kræver en undersøgelse" });
        using var administrator = await scenario.SignInAsync(Administrator);
        var flow = await EarlyHelpFlowAsync(administrator, caseId);
        var caseFlow = await CaseFlowAsync(administrator, caseId);
        var tasks = await TasksOfCaseAsync(caseworker, caseId);
        var sag = await CaseAsync(caseworker, caseId);
        var assess = await OpenTaskAsync(caseworker, caseId, AfterEarlyHelp);
        scenario.Clock.Set(Now.AddDays(7));
        using var caseworkerNextWeek = await scenario.SignInAsync(Caseworker);
        var again = await UnderretningFromTeacherAsync(caseworkerNextWeek, "Cecilie Tidlig", cpr, Now.AddDays(7).AddHours(-1));
        var reassessment = await OpenTaskAsync(caseworkerNextWeek, caseId, Reassessment);
        await CompleteAsync(caseworkerNextWeek, assess, "undersoegelse", new { begrundelse = "To underretninger fra skolen og ingen tidlig indsats" });
        var undersoegelse = await OpenTaskAsync(caseworkerNextWeek, caseId, Undersoegelse);

        // Assert: the case stays open with a task of its own, due when an undersøgelse would be; the new underretning is
        // reassessed on the same case; the undersøgelse keeps the deadline that ran from the first underretning.
        Assert.Equal(("Finished", "ikke-iverksat"), (flow.Status, flow.Output["udfald"]!.GetValue<string>()));
        Assert.Equal("Running", caseFlow.Status);
        Assert.Equal("Aaben", sag.Status);
        Assert.DoesNotContain(Decision, tasks.Keys);
        Assert.Equal(["undersoegelse", "luk-sagen"], assess.Actions);
        Assert.Equal([new TaskApi.Candidate("user", Caseworker)], assess.Candidates);
        Assert.Equal(Now.AddHours(-1).AddMonths(4), assess.DueAt);
        Assert.Equal((caseId, false), (again.CaseId, again.NewCase));
        Assert.Equal([new TaskApi.Candidate("user", Caseworker)], reassessment.Candidates);
        Assert.Equal(Now.AddHours(-1).AddMonths(4), undersoegelse.DueAt);
    }

    [Fact]
    public async Task Should_close_the_case_and_finish_its_flow_when_the_caseworker_closes_it_after_the_leader_refused_early_help()
    {
        // Arrange
        await using var scenario = await StartAsync(host, Now);
        var caseId = await EarlyHelpChosenAsync(scenario, "Dagmar Tidlig");
        using var caseworker = await scenario.SignInAsync(Caseworker);
        using var leader = await scenario.SignInAsync(Leader);
        await CompleteAsync(caseworker, await OpenTaskAsync(caseworker, caseId, Meeting), "anbefalet", new { begrundelse = "Forældrene ønsker hjælp" });

        // Act: the leader refuses; the caseworker's task says what now, and the caseworker closes the case.
        await CompleteAsync(leader, await OpenTaskAsync(leader, caseId, Decision), "afslaaet", new { begrundelse = "Skolen kan ikke løfte det alene" });
        using var administrator = await scenario.SignInAsync(Administrator);
        var flow = await EarlyHelpFlowAsync(administrator, caseId);
        var waiting = await CaseFlowAsync(administrator, caseId);
        var tasksAfterRefusal = await TasksOfCaseAsync(caseworker, caseId);
        await CompleteAsync(caseworker, await OpenTaskAsync(caseworker, caseId, AfterEarlyHelp), "luk-sagen", new { begrundelse = "Forældrene har selv fundet hjælp" });
        var closed = await CaseFlowAsync(administrator, caseId);

        // Assert
        Assert.Equal(("Finished", "ikke-iverksat"), (flow.Status, flow.Output["udfald"]!.GetValue<string>()));
        Assert.Equal("Running", waiting.Status);
        Assert.Contains(waiting.Bookmarks, b => b.ActivityId == "vent-underretning" && b.Name == "underretning-modtaget");
        Assert.DoesNotContain(Start, tasksAfterRefusal.Keys);
        Assert.Equal(("Finished", 0), (closed.Status, closed.Bookmarks.Count));
        Assert.Equal("Lukket", (await CaseAsync(caseworker, caseId)).Status);
        Assert.All((await TasksOfCaseAsync(caseworker, caseId)).Values, t => Assert.Contains(t.Status, new[] { "Completed", "Cancelled" }));
    }
}

[Collection(SqliteCollection.Name)]
public sealed class TidligIndsatsFlowTestsOnSqlite(SqliteHostFixture host) : TidligIndsatsFlowTests(host);

[Collection(PostgresCollection.Name)]
public sealed class TidligIndsatsFlowTestsOnPostgres(PostgresHostFixture host) : TidligIndsatsFlowTests(host);
