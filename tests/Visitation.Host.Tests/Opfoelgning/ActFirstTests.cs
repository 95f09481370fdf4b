using Visitation.Host.Tests.Infrastructure;
using Visitation.Host.Tests.Opgaver;
using Visitation.Host.Tests.Scenarios;
using static Visitation.Host.Tests.Scenarios.CaseScenario;
using static Visitation.Host.Tests.Sager.CaseApi;

namespace Visitation.Host.Tests.Opfoelgning;

/// <summary>
/// Act first, approve afterwards on the shipped flow: help started at once on an urgent case gets a leader's
/// retrospective approval task due 14 days later (local clock time kept across the change to summer time), the
/// undersøgelse goes on beside it, and the approval is escalated once its deadline passes.
/// </summary>
public abstract class ActFirstTests(HostFixture host)
{
    static readonly string Caseworker = $"raadgiver@{Kolding}";
    static readonly string Leader = $"leder@{Kolding}";

    /// <summary>Wednesday 24 March 2027, 10:00 in Copenhagen (winter time).</summary>
    static readonly DateTimeOffset ReceivedAt = Sager.UnderretningApi.BeforeEaster2027;

    const string Approval = "efterfoelgende-godkendelse";

    [Fact]
    public async Task Should_give_leaders_a_retrospective_approval_task_due_in_14_days_and_escalate_it_when_the_deadline_passes()
    {
        // Arrange: the caseworker assesses the case as urgent and starts help at 11:00 the same day.
        var scenario = await StartAsync(host, ReceivedAt.AddHours(1));
        await using var _ = scenario;
        using var caseworker = await scenario.SignInAsync(Caseworker);
        var sag = await UnderretningFromTeacherAsync(caseworker, "Gry Akut", NewCpr(), ReceivedAt);
        await CompleteAsync(caseworker, await OpenTaskAsync(caseworker, sag.CaseId, Assessment), "akut", new { begrundelse = "Barnet kan ikke tage hjem" });
        await CompleteAsync(caseworker, await OpenTaskAsync(caseworker, sag.CaseId, "akut-hjaelp"), "ivaerksat");
        // 14 days from Wednesday 24 March, 11:00 winter time, is Wednesday 7 April, 11:00 summer time.
        var dueAt = new DateTimeOffset(2027, 4, 7, 11, 0, 0, TimeSpan.FromHours(2));

        // Act
        using var leader = await scenario.SignInAsync(Leader);
        var approval = await OpenTaskAsync(leader, sag.CaseId, Approval);
        var undersoegelse = await OpenTaskAsync(caseworker, sag.CaseId, Undersoegelse);
        scenario.Clock.Set(dueAt.AddMinutes(-1));
        await scenario.RunEscalationAsync();
        using var leaderBefore = await scenario.SignInAsync(Leader);
        var before = await OpenTaskAsync(leaderBefore, sag.CaseId, Approval);
        scenario.Clock.Set(dueAt.AddMinutes(1));
        await scenario.RunEscalationAsync();
        using var leaderAfter = await scenario.SignInAsync(Leader);
        var after = await OpenTaskAsync(leaderAfter, sag.CaseId, Approval);
        var overdue = await leaderAfter.ListAsync("?view=overdue&take=500");
        var history = (await leaderAfter.TaskAsync(after.Id)).History;
        var approved = await CompleteAsync(leaderAfter, after, "godkendt", new { begrundelse = "Nødvendigt for barnets sikkerhed" });
        var tasks = await TasksOfCaseAsync(leaderAfter, sag.CaseId);

        // Assert
        Assert.Equal(dueAt, approval.DueAt);
        Assert.Equal(new DateTime(2027, 4, 7, 11, 0, 0), Local(approval.DueAt));
        Assert.Equal([new TaskApi.Candidate("role", "leder")], approval.Candidates);
        Assert.Equal(["godkendt", "ikke-godkendt"], approval.Actions);
        Assert.Equal("Assigned", undersoegelse.Status);
        Assert.Equal(("Normal", false, (TaskApi.Escalation?)null), (before.Priority, before.Overdue, before.Escalation));
        Assert.Equal(("High", true), (after.Priority, after.Overdue));
        Assert.Equal(new TaskApi.Escalation(dueAt.AddMinutes(1), null), after.Escalation);
        Assert.Contains(overdue.Items, t => t.Id == after.Id);
        Assert.Equal(["Created", "Escalated"], history.Select(e => e.Kind));
        Assert.Equal(("Completed", "godkendt", Leader), (approved.Status, approved.CompletedAction, approved.CompletedBy));
        Assert.DoesNotContain("akut-hjaelp-ophoer", tasks.Keys);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class ActFirstTestsOnSqlite(SqliteHostFixture host) : ActFirstTests(host);

[Collection(PostgresCollection.Name)]
public sealed class ActFirstTestsOnPostgres(PostgresHostFixture host) : ActFirstTests(host);
