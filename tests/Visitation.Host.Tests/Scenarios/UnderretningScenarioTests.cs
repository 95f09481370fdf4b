using System.Net;
using Visitation.Host.Tests.Infrastructure;
using static Visitation.Host.Tests.Opgaver.TaskApi;
using static Visitation.Host.Tests.Scenarios.CaseScenario;
using static Visitation.Host.Tests.Sager.CaseApi;

namespace Visitation.Host.Tests.Scenarios;

/// <summary>
/// The front of the case path as the people of a municipality live it, through the public API only: an underretning
/// arrives, its tasks land on the tovholder's work list with their legal deadlines, the assessment moves the flow on,
/// an absent caseworker's tasks go to the substitute, and nobody outside the municipality sees any of it.
/// </summary>
public abstract class UnderretningScenarioTests(HostFixture host)
{
    /// <summary>Wednesday 24 March 2027, 10:00 in Copenhagen: the day before Maundy Thursday.</summary>
    static readonly DateTimeOffset ReceivedAt = Sager.UnderretningApi.BeforeEaster2027;

    static readonly string Caseworker = $"raadgiver@{Kolding}";

    [Fact]
    public async Task Should_put_the_underretnings_tasks_on_the_tovholders_list_with_their_deadlines_and_move_on_to_the_undersoegelse()
    {
        // Arrange: a teacher's underretning arrives at 10:00; the caseworker registers it an hour later.
        await using var scenario = await StartAsync(host, ReceivedAt.AddHours(1));
        using var caseworker = await scenario.SignInAsync(Caseworker);
        var sag = await UnderretningFromTeacherAsync(caseworker, "Alma Holm", NewCpr(), ReceivedAt);

        // Act: she opens her work list and assesses the underretning: a børnefaglig undersøgelse is needed.
        var mine = (await caseworker.ListAsync("?view=mine&take=500")).Items.Where(t => t.CaseId == sag.CaseId.ToString()).ToList();
        var withoutReason = await caseworker.CompleteAsync(mine[0].Id, new { action = "undersoegelse", data = new { } });
        var assessed = await CompleteAsync(caseworker, mine[0], "undersoegelse", new { begrundelse = "Bekymring for omsorgssvigt" });
        var after = await TasksOfCaseAsync(caseworker, sag.CaseId);

        // Assert: earliest due first; assessment 24 hours after receipt, receipt 6 working days on (Easter skipped), parents without a date.
        Assert.Equal([Assessment, Receipt, Parents], mine.Select(t => t.ActivityId));
        Assert.All(mine, t => Assert.Equal(("Assigned", Caseworker, "Normal", true), (t.Status, t.Assignee, t.Priority, t.CanAct)));
        Assert.Equal(ReceivedAt.AddHours(24), mine[0].DueAt);
        Assert.Equal(new DateTime(2027, 4, 6, 23, 59, 59), Local(mine[1].DueAt));
        Assert.Null(mine[2].DueAt);
        await Problem.AssertAsync(withoutReason, HttpStatusCode.BadRequest, "field.required", "/data/begrundelse");
        Assert.Equal(("Completed", "undersoegelse", Caseworker), (assessed.Status, assessed.CompletedAction, assessed.CompletedBy));
        Assert.Equal("Completed", after[Assessment].Status);
        Assert.Equal(("Assigned", Caseworker), (after[Undersoegelse].Status, after[Undersoegelse].Assignee));
        // Four months from when the municipality became aware: 24 July 2027 at the same local time.
        Assert.Equal(new DateTime(2027, 7, 24, 10, 0, 0), Local(after[Undersoegelse].DueAt));
        Assert.Equal(("Assigned", "Assigned"), (after[Receipt].Status, after[Parents].Status));
    }

    [Fact]
    public async Task Should_cover_new_underretninger_on_the_open_case_by_one_reassessment_at_the_earliest_deadline_and_ask_again_after_it()
    {
        // Arrange: the school's underretning opens the case.
        await using var scenario = await StartAsync(host, ReceivedAt.AddHours(1));
        using var caseworker = await scenario.SignInAsync(Caseworker);
        var cpr = NewCpr();
        var sag = await UnderretningFromTeacherAsync(caseworker, "Anton Holm", cpr, ReceivedAt);
        var fromDayCare = ReceivedAt.AddDays(2).AddHours(-1);
        var fromDoctor = fromDayCare.AddMinutes(20);
        var fromSchoolAgain = fromDayCare.AddDays(7);

        // Act: two days later the day-care centre writes, and before anybody has reassessed, the family doctor too;
        // the caseworker reassesses the case with both, and a week later the school writes again.
        scenario.Clock.Set(fromDayCare.AddMinutes(30));
        using var friday = await scenario.SignInAsync(Caseworker);
        await Sager.UnderretningApi.RegisterAsync(friday, [Sager.UnderretningApi.Child("Anton Holm", cpr)], receivedAt: fromDayCare);
        scenario.Clock.Set(fromDoctor.AddMinutes(30));
        await Sager.UnderretningApi.RegisterAsync(friday, [Sager.UnderretningApi.Child("Anton Holm", cpr)], receivedAt: fromDoctor);
        var pending = (await friday.ListAsync($"?view=case&caseId={sag.CaseId}&take=500")).Items.Where(t => t.ActivityId == "genvurdering").ToList();
        var reassessed = await CompleteAsync(friday, pending.Single(), "vurderet", new { begrundelse = "Vurderet med begge underretninger" });
        var underretninger = await friday.ReadAsync<List<Sager.UnderretningApi.UnderretningView>>(await friday.GetAsync($"/api/cases/{sag.CaseId}/underretninger"));
        scenario.Clock.Set(fromSchoolAgain.AddMinutes(30));
        using var nextWeek = await scenario.SignInAsync(Caseworker);
        await Sager.UnderretningApi.RegisterAsync(nextWeek, [Sager.UnderretningApi.Child("Anton Holm", cpr)], receivedAt: fromSchoolAgain);
        var next = await OpenTaskAsync(nextWeek, sag.CaseId, "genvurdering");

        // Assert: the open reassessment, due 24 hours after the earlier of the two, covers both; the next one is asked for anew.
        Assert.Equal(fromDayCare.AddHours(24), Assert.Single(pending).DueAt);
        Assert.Equal(("Completed", Caseworker), (reassessed.Status, reassessed.CompletedBy));
        Assert.Equal([false, true, true], underretninger.OrderBy(u => u.ReceivedAt).Select(u => u.Reassessment));
        Assert.Equal(("Assigned", Caseworker, fromSchoolAgain.AddHours(24)), (next.Status, next.Assignee, next.DueAt!.Value));
    }

    [Fact]
    public async Task Should_give_an_absent_caseworkers_open_tasks_to_the_substitute_who_completes_the_assessment()
    {
        // Arrange: the caseworker registers an underretning; the next morning she is ill and a colleague stands in.
        await using var scenario = await StartAsync(host, ReceivedAt.AddHours(1));
        using var caseworker = await scenario.SignInAsync(Caseworker);
        using var administrator = await scenario.SignInAsync($"administrator@{Kolding}");
        var (colleagueName, colleague) = await scenario.NewColleagueAsync(administrator, "kollega", Kolding, "Raadgiver");
        var sag = await UnderretningFromTeacherAsync(caseworker, "Bertram Holm", NewCpr(), ReceivedAt);
        scenario.Clock.Advance(TimeSpan.FromHours(20));
        using var administratorNextMorning = await scenario.SignInAsync($"administrator@{Kolding}");
        await scenario.AbsentAsync(administratorNextMorning, Caseworker, substitute: colleagueName);

        // Act: the scheduler's job moves her tasks; the colleague finds them on his list and assesses the underretning.
        await scenario.RunEscalationAsync();
        using var substitute = await scenario.SignInAsync(colleagueName, Password);
        var mine = (await substitute.ListAsync("?view=mine&take=500")).Items.Where(t => t.CaseId == sag.CaseId.ToString()).ToList();
        var history = (await substitute.TaskAsync(mine[0].Id)).History;
        var assessed = await CompleteAsync(substitute, mine[0], "undersoegelse", new { begrundelse = "Vurderet som stedfortræder" });
        var undersoegelse = await OpenTaskAsync(substitute, sag.CaseId, Undersoegelse);

        // Assert
        Assert.Equal([Assessment, Receipt, Parents], mine.Select(t => t.ActivityId));
        Assert.All(mine, t => Assert.Equal(("Assigned", colleagueName), (t.Status, t.Assignee)));
        Assert.Equal(["Created", "Substituted"], history.Select(e => e.Kind));
        Assert.Equal(("Completed", colleagueName), (assessed.Status, assessed.CompletedBy));
        // The next step is the tovholder's too; while she is away it is the substitute's from the start.
        Assert.Equal(("Assigned", colleagueName), (undersoegelse.Status, undersoegelse.Assignee));
        colleague.Dispose();
    }

    [Fact]
    public async Task Should_keep_the_case_and_its_tasks_from_another_municipality_and_a_leaders_task_from_a_caseworker()
    {
        // Arrange: one underretning with the caseworker as tovholder, one the team leader takes on herself.
        await using var scenario = await StartAsync(host, ReceivedAt.AddHours(1));
        using var caseworker = await scenario.SignInAsync(Caseworker);
        using var leader = await scenario.SignInAsync($"leder@{Kolding}");
        using var outsider = await scenario.SignInAsync($"raadgiver@{Hvidovre}");
        using var outsideLeader = await scenario.SignInAsync($"leder@{Hvidovre}");
        var sag = await UnderretningFromTeacherAsync(caseworker, "Clara Holm", NewCpr(), ReceivedAt);
        var leadersCase = await UnderretningFromTeacherAsync(caseworker, "Carl Holm", NewCpr(), ReceivedAt, tovholder: $"leder@{Kolding}");
        var tasks = (await TasksOfCaseAsync(caseworker, sag.CaseId)).Values.ToList();
        var leadersAssessment = await OpenTaskAsync(leader, leadersCase.CaseId, Assessment);

        // Act: the other municipality's caseworker and leader try everything a work list offers.
        var casePage = await outsider.GetAsync($"/api/cases/{sag.CaseId}");
        var lists = new List<Page>();
        foreach (var view in new[] { "mine", "candidate", "overdue", $"case&caseId={sag.CaseId}" }) lists.Add(await outsider.ListAsync($"?view={view}&take=500"));
        lists.Add(await outsideLeader.ListAsync("?view=team&take=500"));
        var answers = new List<HttpResponseMessage>();
        foreach (var task in tasks)
        {
            answers.Add(await outsider.GetAsync($"/api/tasks/{task.Id}"));
            answers.Add(await outsider.PostAsync($"/api/tasks/{task.Id}/claim", null));
            answers.Add(await outsider.CompleteAsync(task.Id, new { action = task.Actions[0], data = new { begrundelse = "Forsøg" } }));
            answers.Add(await outsideLeader.PostAsync($"/api/tasks/{task.Id}/assign", new { user = $"raadgiver@{Hvidovre}", reason = "Forsøg" }));
        }
        // ... and the caseworker tries to complete the team leader's assessment.
        var caseworkerOnLeadersTask = await caseworker.CompleteAsync(leadersAssessment.Id, new { action = "ingen-handling", data = new { begrundelse = "Forsøg" } });
        var caseworkerClaimsLeadersTask = await caseworker.PostAsync($"/api/tasks/{leadersAssessment.Id}/claim", null);

        // Assert: for the other municipality the case and its tasks are not there; the leader's task is not the caseworker's.
        Assert.Equal(3, tasks.Count);
        Assert.Equal(HttpStatusCode.NotFound, casePage.StatusCode);
        Assert.All(lists, page => Assert.DoesNotContain(page.Items, t => t.CaseId == sag.CaseId.ToString()));
        Assert.All(answers, answer => Assert.Equal(HttpStatusCode.NotFound, answer.StatusCode));
        Assert.Equal(HttpStatusCode.NotFound, caseworkerOnLeadersTask.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, caseworkerClaimsLeadersTask.StatusCode);
        Assert.All(await TasksOfCaseAsync(caseworker, sag.CaseId), t => Assert.Equal(("Assigned", Caseworker), (t.Value.Status, t.Value.Assignee)));
        var leadersTaskAfter = (await leader.TaskAsync(leadersAssessment.Id)).Task;
        Assert.Equal(("Assigned", $"leder@{Kolding}"), (leadersTaskAfter.Status, leadersTaskAfter.Assignee));
    }
}

[Collection(SqliteCollection.Name)]
public sealed class UnderretningScenarioTestsOnSqlite(SqliteHostFixture host) : UnderretningScenarioTests(host);

[Collection(PostgresCollection.Name)]
public sealed class UnderretningScenarioTestsOnPostgres(PostgresHostFixture host) : UnderretningScenarioTests(host);
