using Visitation.Host.Tests.Infrastructure;
using static Visitation.Host.Tests.Opgaver.TaskApi;
using static Visitation.Host.Tests.Scenarios.CaseScenario;
using static Visitation.Host.Tests.Sager.CaseApi;

namespace Visitation.Host.Tests.Scenarios;

/// <summary>
/// Missed legal deadlines on the shipped flow, with the clock moved past them and the escalation job run as the
/// scheduler runs it: the 24-hour assessment, the 6-working-day receipt across Easter, and the 4-month undersøgelse.
/// An overdue task is escalated once, to the leaders of the tovholder's team, and never before its deadline.
/// </summary>
public abstract class DeadlineScenarioTests(HostFixture host)
{
    /// <summary>Wednesday 24 March 2027, 10:00 in Copenhagen: the day before Maundy Thursday.</summary>
    static readonly DateTimeOffset ReceivedAt = Sager.UnderretningApi.BeforeEaster2027;

    static readonly string Caseworker = $"raadgiver@{Kolding}";

    static readonly string TeamLeader = $"leder@{Kolding}";

    /// <summary>A second leader, of another team, who is not told about the first team's missed deadlines.</summary>
    static readonly string OtherLeader = $"afdelingsleder@{Kolding}";

    /// <summary>The caseworker and her team leader in one team, the other leader in another; the underretning registered an hour after receipt.</summary>
    async Task<(CaseScenario Scenario, Guid CaseId)> UnderretningInTeamAsync(string childName)
    {
        var scenario = await StartAsync(host, ReceivedAt.AddHours(1));
        using var administrator = await scenario.SignInAsync($"administrator@{Kolding}");
        await TeamAsync(administrator, "boern-vest", Caseworker, TeamLeader);
        await TeamAsync(administrator, "boern-oest", OtherLeader);
        using var caseworker = await scenario.SignInAsync(Caseworker);
        var sag = await UnderretningFromTeacherAsync(caseworker, childName, NewCpr(), ReceivedAt);
        return (scenario, sag.CaseId);
    }

    [Fact]
    public async Task Should_escalate_a_missed_24_hour_assessment_once_to_the_team_leader_and_not_before_the_deadline()
    {
        // Arrange
        var (scenario, caseId) = await UnderretningInTeamAsync("Dagmar Holm");
        await using var _ = scenario;

        // Act: the job runs a minute before the deadline, a minute after, and again an hour later.
        scenario.Clock.Set(ReceivedAt.AddHours(24).AddMinutes(-1));
        await scenario.RunEscalationAsync();
        using var leaderBefore = await scenario.SignInAsync(TeamLeader);
        var teamViewBefore = await leaderBefore.ListAsync("?view=team&take=500");
        scenario.Clock.Set(ReceivedAt.AddHours(24).AddMinutes(1));
        await scenario.RunEscalationAsync();
        scenario.Clock.Advance(TimeSpan.FromHours(1));
        await scenario.RunEscalationAsync();
        using var leader = await scenario.SignInAsync(TeamLeader);
        using var otherLeader = await scenario.SignInAsync(OtherLeader);
        using var caseworker = await scenario.SignInAsync(Caseworker);
        var tasks = await TasksOfCaseAsync(caseworker, caseId);
        var assessment = tasks[Assessment];
        var teamView = await leader.ListAsync("?view=team&take=500");
        var otherTeamView = await otherLeader.ListAsync("?view=team&take=500");
        var history = (await leader.TaskAsync(assessment.Id)).History;

        // Assert
        Assert.DoesNotContain(teamViewBefore.Items, t => t.Escalation is not null);
        Assert.Equal(("Assigned", Caseworker, "High", true), (assessment.Status, assessment.Assignee, assessment.Priority, assessment.Overdue));
        Assert.Equal(new Escalation(ReceivedAt.AddHours(24).AddMinutes(1), "boern-vest"), assessment.Escalation);
        Assert.Contains(teamView.Items, t => t.Id == assessment.Id && t.Escalation is not null);
        Assert.DoesNotContain(otherTeamView.Items, t => t.Id == assessment.Id);
        Assert.Equal(["Created", "Escalated"], history.Select(e => e.Kind));
        // The receipt (due after Easter) and the parents' task (no due date) are not overdue.
        Assert.Equal(("Normal", (Escalation?)null), (tasks[Receipt].Priority, tasks[Receipt].Escalation));
        Assert.Equal(("Normal", (Escalation?)null), (tasks[Parents].Priority, tasks[Parents].Escalation));
    }

    [Fact]
    public async Task Should_escalate_a_missed_receipt_only_after_the_sixth_working_day_past_easter()
    {
        // Arrange: the caseworker assesses in time and hears the parents, but the receipt is forgotten.
        var (scenario, caseId) = await UnderretningInTeamAsync("Emil Holm");
        await using var _ = scenario;
        using (var caseworker = await scenario.SignInAsync(Caseworker))
        {
            await CompleteAsync(caseworker, await OpenTaskAsync(caseworker, caseId, Assessment), "ingen-handling", new { begrundelse = "Ingen bekymring" });
            await CompleteAsync(caseworker, await OpenTaskAsync(caseworker, caseId, Parents), "gennemfoert");
        }
        // Wednesday 24 March; Maundy Thursday, Good Friday, the weekend and Easter Monday do not count: Tuesday 6 April, end of day.
        var dueAt = new DateTimeOffset(2027, 4, 6, 23, 59, 59, TimeSpan.FromHours(2));

        // Act
        scenario.Clock.Set(dueAt.AddMinutes(-1));
        await scenario.RunEscalationAsync();
        using var beforeDeadline = await scenario.SignInAsync(Caseworker);
        var before = await OpenTaskAsync(beforeDeadline, caseId, Receipt);
        scenario.Clock.Set(dueAt.AddMinutes(1));
        await scenario.RunEscalationAsync();
        using var afterDeadline = await scenario.SignInAsync(Caseworker);
        using var leader = await scenario.SignInAsync(TeamLeader);
        var after = await OpenTaskAsync(afterDeadline, caseId, Receipt);
        var teamView = await leader.ListAsync("?view=team&take=500");

        // Assert
        Assert.Equal(dueAt, before.DueAt);
        Assert.Equal(new DateTime(2027, 4, 6, 23, 59, 59), Local(before.DueAt));
        Assert.Equal(("Normal", false, (Escalation?)null), (before.Priority, before.Overdue, before.Escalation));
        Assert.Equal(("High", true, "boern-vest"), (after.Priority, after.Overdue, after.Escalation?.Team));
        Assert.Contains(teamView.Items, t => t.Id == after.Id);
        Assert.Equal(["Created", "Escalated"], (await leader.TaskAsync(after.Id)).History.Select(e => e.Kind));
    }

    [Fact]
    public async Task Should_escalate_an_undersoegelse_not_finished_four_months_after_the_municipality_became_aware()
    {
        // Arrange: assessment, receipt and parents done in time; the undersøgelse starts the next day.
        var (scenario, caseId) = await UnderretningInTeamAsync("Freja Holm");
        await using var _ = scenario;
        using (var caseworker = await scenario.SignInAsync(Caseworker))
        {
            await CompleteAsync(caseworker, await OpenTaskAsync(caseworker, caseId, Assessment), "undersoegelse", new { begrundelse = "Bekymring" });
            await CompleteAsync(caseworker, await OpenTaskAsync(caseworker, caseId, Receipt), "sendt");
            await CompleteAsync(caseworker, await OpenTaskAsync(caseworker, caseId, Parents), "gennemfoert");
        }
        // Four months from 24 March 2027, 10:00 (winter time) is 24 July 2027, 10:00 (summer time).
        var dueAt = new DateTimeOffset(2027, 7, 24, 10, 0, 0, TimeSpan.FromHours(2));

        // Act
        scenario.Clock.Set(dueAt.AddMinutes(-1));
        var beforeRun = await scenario.RunEscalationAsync();
        using var beforeDeadline = await scenario.SignInAsync(Caseworker);
        var before = await OpenTaskAsync(beforeDeadline, caseId, Undersoegelse);
        scenario.Clock.Set(dueAt.AddMinutes(1));
        await scenario.RunEscalationAsync();
        using var afterDeadline = await scenario.SignInAsync(Caseworker);
        using var leader = await scenario.SignInAsync(TeamLeader);
        var after = await OpenTaskAsync(afterDeadline, caseId, Undersoegelse);
        var overdue = await leader.ListAsync("?view=overdue&take=500");

        // Assert
        Assert.Contains("escalated 0 ", beforeRun);
        Assert.Equal(dueAt, before.DueAt);
        Assert.Equal(("Normal", false), (before.Priority, before.Overdue));
        Assert.Equal(("Assigned", "High", true, "boern-vest"), (after.Status, after.Priority, after.Overdue, after.Escalation?.Team));
        Assert.Equal([after.Id], overdue.Items.Where(t => t.CaseId == caseId.ToString()).Select(t => t.Id));
        Assert.Equal(["Created", "Escalated"], (await leader.TaskAsync(after.Id)).History.Select(e => e.Kind));
    }
}

[Collection(SqliteCollection.Name)]
public sealed class DeadlineScenarioTestsOnSqlite(SqliteHostFixture host) : DeadlineScenarioTests(host);

[Collection(PostgresCollection.Name)]
public sealed class DeadlineScenarioTestsOnPostgres(PostgresHostFixture host) : DeadlineScenarioTests(host);
