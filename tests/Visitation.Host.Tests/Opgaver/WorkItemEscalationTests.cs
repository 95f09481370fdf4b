using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Visitation.Host.Features.Opgaver;
using Visitation.Host.Tests.Infrastructure;
using Visitation.Workflows.Jobs;
using static Visitation.Host.Tests.Opgaver.TaskApi;

namespace Visitation.Host.Tests.Opgaver;

/// <summary>
/// Overdue tasks escalate to the leaders of the assignee's team, once; tasks of an absent person go to their
/// substitute or to the reassignment queue. Runs a host on a clock the test moves, with the escalation job run by hand.
/// </summary>
public abstract class WorkItemEscalationTests(HostFixture host)
{
    readonly ManualClock clock = new(TestCalendar.Now);
    WebApplicationFactory<Program>? factory;

    WebApplicationFactory<Program> Factory => factory ??= host.CreateFactory(
        new Dictionary<string, string?>(host.OwnDatabase()) { ["Workflows:SchedulerEnabled"] = "false" }, clock: clock);

    ApiClient Client() => new(Factory.CreateClient(new WebApplicationFactoryClientOptions { HandleCookies = true }));

    Task<ApiClient> SignedInAsync(string userName, string password = "demo") => Client().SignedInAsync(userName, password);

    async Task<string> RunEscalationAsync()
    {
        var job = Factory.Services.GetServices<IRecurringJob>().OfType<WorkItemEscalationJob>().Single();
        await using var scope = Factory.Services.CreateAsyncScope();
        return await job.RunAsync(scope.ServiceProvider, clock.GetUtcNow(), CancellationToken.None);
    }

    async Task<(string UserName, ApiClient Client)> NewUserAsync(ApiClient admin, string prefix, params string[] roles)
    {
        var userName = $"{prefix}{Guid.NewGuid():N}"[..(prefix.Length + 8)] + "@9901";
        var response = await admin.PostAsync("/api/users", new { username = userName, displayName = prefix, password = Password, roles });
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (userName, await SignedInAsync(userName, Password));
    }

    static string UserCandidate(string userName) => $$"""[{"kind":"user","id":"{{userName}}"}]""";

    [Fact]
    public async Task Should_escalate_an_overdue_task_once_to_the_leaders_of_the_assignees_team()
    {
        using var admin = await SignedInAsync("administrator@9901");
        using var designer = await SignedInAsync("procesdesigner@9901");
        var team = Organisation.OrganisationApi.NewId("team");
        (await admin.PostAsync("/api/organisation/teams", new { id = team, name = "Team Opgaver" })).EnsureSuccessStatusCode();
        var (caseworkerName, _) = await NewUserAsync(admin, "rg", "Raadgiver");
        var (leaderName, _) = await NewUserAsync(admin, "tl", "Leder");
        var (otherLeaderName, _) = await NewUserAsync(admin, "al", "Leder");
        await SetOrganisationAsync(admin, caseworkerName, new { team });
        await SetOrganisationAsync(admin, leaderName, new { team });
        var (caseId, _) = await StartCaseAsync(designer, OneTask(Flows.NewId("frist"), UserCandidate(caseworkerName), clock.GetUtcNow().AddDays(1)));

        var beforeDue = await RunEscalationAsync();
        clock.Advance(TimeSpan.FromDays(2));
        var atDue = await RunEscalationAsync();
        clock.Advance(TimeSpan.FromMinutes(1));
        await RunEscalationAsync();
        // Sessions end after idle time on the host's clock, so everyone signs in again after the jump.
        using var caseworker = await SignedInAsync(caseworkerName, Password);
        using var leader = await SignedInAsync(leaderName, Password);
        using var otherLeader = await SignedInAsync(otherLeaderName, Password);
        var task = await caseworker.OfCaseAsync(caseId);
        var teamView = await leader.ListAsync("?view=team&take=500");
        var otherTeamView = await otherLeader.ListAsync("?view=team&take=500");
        var overdue = await caseworker.ListAsync("?view=overdue&take=500");
        var history = (await leader.TaskAsync(task.Id)).History;

        Assert.Contains("escalated 0 ", beforeDue);
        Assert.DoesNotContain("escalated 0 ", atDue);
        Assert.Equal(("Assigned", caseworkerName, "High", true), (task.Status, task.Assignee, task.Priority, task.Overdue));
        Assert.Equal(team, task.Escalation?.Team);
        Assert.Contains(teamView.Items, t => t.Id == task.Id);
        Assert.DoesNotContain(otherTeamView.Items, t => t.Id == task.Id);
        Assert.Contains(overdue.Items, t => t.Id == task.Id);
        Assert.Single(history, e => e.Kind == "Escalated");
    }

    [Fact]
    public async Task Should_put_a_task_on_the_list_when_the_scheduler_fires_the_timer_before_it()
    {
        using var designer = await SignedInAsync("procesdesigner@9901");
        using var caseworker = await SignedInAsync("raadgiver@9901");
        var flow = Flows.Flowchart(Flows.NewId("timer"),
            [Flows.Activity("start", "Elsa.Start"), Flows.Activity("vent", "Elsa.Delay", ("timeSpan", Flows.Literal("TimeSpan", "00:01:00"))),
             TaskApi.Task("vurder", "Efter ventetiden", """[{"kind":"role","id":"Raadgiver"}]""")],
            [Flows.Connect("start", "vent"), Flows.Connect("vent", "vurder")]);
        var (caseId, _) = await StartCaseAsync(designer, flow);

        var beforeTimer = await caseworker.ListAsync($"?view=case&caseId={caseId}");
        clock.Advance(TimeSpan.FromMinutes(2));
        await Factory.Services.GetRequiredService<Visitation.Workflows.Hosting.WorkflowScheduler>().FireDueAsync(CancellationToken.None);
        using var again = await SignedInAsync("raadgiver@9901");
        var task = await again.OfCaseAsync(caseId);

        Assert.Empty(beforeTimer.Items);
        Assert.Equal(("Efter ventetiden", "Open"), (task.Title, task.Status));
        Assert.Contains((await again.ListAsync("?view=candidate&take=500")).Items, t => t.Id == task.Id);
    }

    [Fact]
    public async Task Should_give_an_absent_persons_task_to_their_substitute()
    {
        using var admin = await SignedInAsync("administrator@9901");
        using var designer = await SignedInAsync("procesdesigner@9901");
        var (absentName, absent) = await NewUserAsync(admin, "fr", "Raadgiver");
        var (substituteName, substitute) = await NewUserAsync(admin, "st", "Raadgiver");
        var now = clock.GetUtcNow();
        await SetOrganisationAsync(admin, absentName, new { substitute = substituteName, absentFrom = now.AddHours(-1), absentTo = now.AddDays(7) });
        var (caseId, instanceId) = await StartCaseAsync(designer, OneTask(Flows.NewId("fravaer"), UserCandidate(absentName)));

        var task = await substitute.OfCaseAsync(caseId);
        var mine = await substitute.ListAsync("?view=mine&take=500");
        var history = (await substitute.TaskAsync(task.Id)).History;
        var completed = await substitute.ReadAsync<TaskApi.WorkItem>(await substitute.CompleteAsync(task.Id, new { action = "Godkend", data = new { begrundelse = "Som stedfortræder" } }));

        Assert.Equal(("Assigned", substituteName), (task.Status, task.Assignee));
        Assert.Contains(mine.Items, t => t.Id == task.Id);
        Assert.Equal(["Created", "Substituted"], history.Select(e => e.Kind));
        Assert.Equal(("Completed", substituteName), (completed.Status, completed.CompletedBy));
        Assert.Equal("Finished", (await designer.InstanceAsync(instanceId)).SubStatus);
        absent.Dispose();
    }

    [Fact]
    public async Task Should_queue_the_task_of_a_person_who_becomes_absent_without_a_substitute_until_a_leader_assigns_it()
    {
        using var admin = await SignedInAsync("administrator@9901");
        using var designer = await SignedInAsync("procesdesigner@9901");
        using var leader = await SignedInAsync("leder@9901");
        var (ownerName, owner) = await NewUserAsync(admin, "ej", "Raadgiver");
        var (colleagueName, colleague) = await NewUserAsync(admin, "kl", "Raadgiver");
        var (caseId, instanceId) = await StartCaseAsync(designer, OneTask(Flows.NewId("koe"), UserCandidate(ownerName)));
        var before = await owner.OfCaseAsync(caseId);
        await SetOrganisationAsync(admin, ownerName, new { absentFrom = clock.GetUtcNow().AddMinutes(-1) });

        await RunEscalationAsync();
        var queued = await leader.TaskAsync(before.Id);
        var queue = await leader.ListAsync("?view=queue&take=500");
        var caseworkerQueue = await colleague.GetAsync("/api/tasks?view=queue");
        var assigned = await leader.ReadAsync<TaskApi.WorkItem>(await leader.PostAsync($"/api/tasks/{before.Id}/assign", new { user = colleagueName, reason = "Ejer er fraværende" }));
        var reassignWithoutReason = await colleague.PostAsync($"/api/tasks/{before.Id}/reassign", new { user = ownerName });
        var completed = await colleague.ReadAsync<TaskApi.WorkItem>(await colleague.CompleteAsync(before.Id, new { action = "Godkend", data = new { begrundelse = "Overtaget" } }));

        Assert.Equal(("Assigned", ownerName), (before.Status, before.Assignee));
        Assert.Equal(("Open", (string?)null, true), (queued.Task.Status, queued.Task.Assignee, queued.Task.InReassignmentQueue));
        Assert.Equal("Queued", queued.History[^1].Kind);
        Assert.Contains(queue.Items, t => t.Id == before.Id);
        await Problem.AssertAsync(caseworkerQueue, HttpStatusCode.Forbidden, "tasks.leadersOnly");
        Assert.Equal(("Assigned", colleagueName, false), (assigned.Status, assigned.Assignee, assigned.InReassignmentQueue));
        await Problem.AssertAsync(reassignWithoutReason, HttpStatusCode.BadRequest, "field.required", "/reason");
        Assert.Equal(("Completed", colleagueName), (completed.Status, completed.CompletedBy));
        Assert.Equal("Finished", (await designer.InstanceAsync(instanceId)).SubStatus);
        var history = (await leader.TaskAsync(before.Id)).History;
        Assert.Contains(history, e => e is { Kind: "Assigned", Reason: "Ejer er fraværende" } && e.Assignee == colleagueName);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class WorkItemEscalationTestsOnSqlite(SqliteHostFixture host) : WorkItemEscalationTests(host);

[Collection(PostgresCollection.Name)]
public sealed class WorkItemEscalationTestsOnPostgres(PostgresHostFixture host) : WorkItemEscalationTests(host);
