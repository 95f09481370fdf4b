using System.Net;
using Visitation.Host.Tests.Infrastructure;
using static Visitation.Host.Tests.Opgaver.TaskApi;

namespace Visitation.Host.Tests.Opgaver;

/// <summary>The work list over flows with tasks: listing, claiming, completing with form data, and who may see and act.</summary>
public abstract class WorkItemTests(HostFixture host)
{
    static readonly DateTimeOffset FarAway = TestCalendar.Now.AddDays(60);

    [Fact]
    public async Task Should_list_claim_and_complete_a_task_and_move_the_flow_on()
    {
        using var designer = await host.Client().SignedInAsync("procesdesigner@9901");
        using var caseworker = await host.Client().SignedInAsync("raadgiver@9901");
        var (caseId, instanceId) = await StartCaseAsync(designer, OneTask(Flows.NewId("opgave"), """[{"kind":"role","id":"Raadgiver"}]""", FarAway));

        var candidate = await caseworker.ListAsync("?view=candidate&take=500");
        var task = await caseworker.OfCaseAsync(caseId);
        var claimed = await caseworker.ReadAsync<WorkItem>(await caseworker.PostAsync($"/api/tasks/{task.Id}/claim", new { }));
        var mine = await caseworker.ListAsync("?view=mine&take=500");
        var invalid = await caseworker.CompleteAsync(task.Id, new { action = "Maaske", data = new { antal = "mange" } });
        var afterInvalid = await caseworker.TaskAsync(task.Id);
        var completed = await caseworker.ReadAsync<WorkItem>(await caseworker.CompleteAsync(task.Id,
            new { action = "Godkend", data = new { begrundelse = "Barnet trives", antal = 2 }, idempotencyKey = "k1" }));
        var repeated = await caseworker.ReadAsync<WorkItem>(await caseworker.CompleteAsync(task.Id,
            new { action = "Godkend", data = new { begrundelse = "Barnet trives", antal = 2 }, idempotencyKey = "k1" }));
        var details = await caseworker.TaskAsync(task.Id);

        Assert.Contains(candidate.Items, t => t.Id == task.Id);
        Assert.Equal(("Vurder sagen", "Open", instanceId, "vurder"), (task.Title, task.Status, task.InstanceId, task.ActivityId));
        Assert.Equal([new Candidate("role", "raadgiver")], task.Candidates);
        Assert.Equal(["Godkend", "Afvis"], task.Actions);
        Assert.Equal("object", task.FormSchema!["type"]!.GetValue<string>());
        Assert.Equal(FarAway.UtcTicks / TimeSpan.TicksPerSecond, task.DueAt!.Value.UtcTicks / TimeSpan.TicksPerSecond);
        Assert.True(task.CanAct);
        Assert.Equal(("Claimed", "raadgiver@9901"), (claimed.Status, claimed.Assignee));
        Assert.Contains(mine.Items, t => t.Id == task.Id);

        var errors = await Problem.AssertAsync(invalid, HttpStatusCode.BadRequest, "field.unknownValue", "/action");
        Assert.Contains(errors, e => e is { Path: "/data/begrundelse", Code: "field.required" });
        Assert.Contains(errors, e => e is { Path: "/data/antal", Code: "tasks.formWrongType" });
        Assert.Equal("Claimed", afterInvalid.Task.Status);

        Assert.Equal(("Completed", "raadgiver@9901", "Godkend"), (completed.Status, completed.CompletedBy, completed.CompletedAction));
        Assert.Equal((completed.Id, completed.Status, completed.CompletedBy, completed.CompletedAction), (repeated.Id, repeated.Status, repeated.CompletedBy, repeated.CompletedAction));
        Assert.Equal("Finished", (await designer.InstanceAsync(instanceId)).SubStatus);
        Assert.Equal(["efter opgaven"], await designer.LinesAsync(instanceId));
        Assert.Equal(["Created", "Claimed", "Completed"], details.History.Select(e => e.Kind));
        Assert.DoesNotContain((await caseworker.ListAsync("?view=mine&take=500")).Items, t => t.Id == task.Id);
        await Problem.AssertAsync(await caseworker.CompleteAsync(task.Id, new { action = "Godkend", data = new { begrundelse = "Igen" } }),
            HttpStatusCode.Conflict, "tasks.closed");
    }

    [Fact]
    public async Task Should_close_the_task_as_cancelled_when_its_instance_is_cancelled()
    {
        using var designer = await host.Client().SignedInAsync("procesdesigner@9901");
        using var admin = await host.Client().SignedInAsync("administrator@9901");
        using var caseworker = await host.Client().SignedInAsync("raadgiver@9901");
        var (caseId, instanceId) = await StartCaseAsync(designer, OneTask(Flows.NewId("annuller"), """[{"kind":"role","id":"Raadgiver"}]"""));
        var task = await caseworker.OfCaseAsync(caseId);

        (await admin.PostAsync($"/api/workflow-instances/{instanceId}/cancel", new { })).EnsureSuccessStatusCode();
        var cancelled = await caseworker.TaskAsync(task.Id);

        Assert.Equal("Cancelled", cancelled.Task.Status);
        Assert.False(cancelled.Task.CanAct);
        Assert.Equal("Cancelled", cancelled.History[^1].Kind);
        await Problem.AssertAsync(await caseworker.PostAsync($"/api/tasks/{task.Id}/claim", new { }), HttpStatusCode.Conflict, "tasks.closed");
        Assert.DoesNotContain((await caseworker.ListAsync("?view=candidate&take=500")).Items, t => t.Id == task.Id);
    }

    [Fact]
    public async Task Should_keep_a_claimed_task_with_its_assignee_and_due_date_when_the_instance_is_migrated()
    {
        using var designer = await host.Client().SignedInAsync("procesdesigner@9901");
        using var caseworker = await host.Client().SignedInAsync("raadgiver@9901");
        var id = Flows.NewId("flyt");
        var (caseId, instanceId) = await StartCaseAsync(designer, OneTask(id, """[{"kind":"role","id":"Raadgiver"}]""", FarAway));
        var task = await caseworker.OfCaseAsync(caseId);
        await caseworker.PostAsync($"/api/tasks/{task.Id}/claim", new { });
        var version2 = OneTask(id, """[{"kind":"role","id":"Raadgiver"}]""", FarAway);
        version2["root"]!["activities"]![1]!["id"] = "vurder2";
        foreach (var connection in version2["root"]!["connections"]!.AsArray())
            foreach (var end in new[] { "source", "target" })
                if (connection![end]!["activity"]!.GetValue<string>() == "vurder") connection[end]!["activity"] = "vurder2";
        await designer.ImportAndPublishAsync(version2);

        (await designer.PostAsync("/api/workflow-instances/migrate", new
        {
            definitionId = id, fromVersion = 1, toVersion = 2, mapping = new Dictionary<string, string> { ["vurder"] = "vurder2" }, instanceIds = new[] { instanceId },
        })).EnsureSuccessStatusCode();
        var moved = await caseworker.TaskAsync(task.Id);
        var completed = await caseworker.ReadAsync<WorkItem>(await caseworker.CompleteAsync(task.Id, new { action = "Afvis", data = new { begrundelse = "Ikke relevant" } }));

        Assert.Equal(("vurder2", "Claimed", "raadgiver@9901", task.DueAt), (moved.Task.ActivityId, moved.Task.Status, moved.Task.Assignee, moved.Task.DueAt));
        Assert.Equal("Moved", moved.History[^1].Kind);
        Assert.Equal(("Completed", "Afvis"), (completed.Status, completed.CompletedAction));
        Assert.Equal(["afvist"], await designer.LinesAsync(instanceId));
    }

    [Fact]
    public async Task Should_not_let_a_caseworker_see_or_complete_a_task_for_a_leader_level()
    {
        using var admin = await host.Client().SignedInAsync("administrator@9901");
        using var designer = await host.Client().SignedInAsync("procesdesigner@9901");
        using var caseworker = await host.Client().SignedInAsync("raadgiver@9901");
        using var leader = await host.Client().SignedInAsync("leder@9901");
        var level = Organisation.OrganisationApi.NewId("niveau");
        await Organisation.OrganisationApi.EnsureLevelAsync(admin, level, "Teamleder", "level");
        var (holderName, holder) = await NewUserAsync(host, admin, "tl", "9901", "Leder");
        await SetOrganisationAsync(admin, holderName, new { levels = new[] { level } });
        var (caseId, instanceId) = await StartCaseAsync(designer, OneTask(Flows.NewId("leder"), $$"""[{"kind":"level","id":"{{level}}"}]"""));
        var task = await holder.OfCaseAsync(caseId);
        var holderCandidates = await holder.ListAsync("?view=candidate&take=500");

        await Problem.AssertAsync(await caseworker.GetAsync($"/api/tasks/{task.Id}"), HttpStatusCode.NotFound, "resource.notFound");
        await Problem.AssertAsync(await caseworker.CompleteAsync(task.Id, new { action = "Godkend", data = new { begrundelse = "Jeg godkender" } }),
            HttpStatusCode.NotFound, "resource.notFound");
        await Problem.AssertAsync(await caseworker.PostAsync($"/api/tasks/{task.Id}/claim", new { }), HttpStatusCode.NotFound, "resource.notFound");
        Assert.Empty((await caseworker.ListAsync($"?view=case&caseId={caseId}")).Items);
        Assert.DoesNotContain((await caseworker.ListAsync("?view=candidate&take=500")).Items, t => t.Id == task.Id);
        var overseen = await leader.TaskAsync(task.Id);
        await Problem.AssertAsync(await leader.CompleteAsync(task.Id, new { action = "Godkend", data = new { begrundelse = "Jeg godkender" } }),
            HttpStatusCode.Forbidden, "tasks.notCandidate");
        await Problem.AssertAsync(await leader.PostAsync($"/api/tasks/{task.Id}/assign", new { user = "raadgiver@9901", reason = "Hurtigere" }),
            (HttpStatusCode)422, "tasks.userNotCandidate", "/user");
        var completed = await holder.ReadAsync<WorkItem>(await holder.CompleteAsync(task.Id, new { action = "Godkend", data = new { begrundelse = "Inden for min kompetence" } }));

        Assert.Contains(holderCandidates.Items, t => t.Id == task.Id);
        Assert.False(overseen.Task.CanAct);
        Assert.Equal(("Completed", holderName), (completed.Status, completed.CompletedBy));
        Assert.Equal("Finished", (await designer.InstanceAsync(instanceId)).SubStatus);
        holder.Dispose();
    }

    [Fact]
    public async Task Should_hide_a_task_from_another_municipality()
    {
        using var designer = await host.Client().SignedInAsync("procesdesigner@9901");
        using var nord = await host.Client().SignedInAsync("raadgiver@9901");
        using var syd = await host.Client().SignedInAsync("raadgiver@9902");
        using var sydLeader = await host.Client().SignedInAsync("leder@9902");
        var (caseId, _) = await StartCaseAsync(designer, OneTask(Flows.NewId("kommune"), """[{"kind":"role","id":"Raadgiver"}]"""));
        var task = await nord.OfCaseAsync(caseId);

        foreach (var client in new[] { syd, sydLeader })
        {
            await Problem.AssertAsync(await client.GetAsync($"/api/tasks/{task.Id}"), HttpStatusCode.NotFound, "resource.notFound");
            await Problem.AssertAsync(await client.PostAsync($"/api/tasks/{task.Id}/claim", new { }), HttpStatusCode.NotFound, "resource.notFound");
            await Problem.AssertAsync(await client.CompleteAsync(task.Id, new { action = "Godkend", data = new { begrundelse = "Fremmed" } }),
                HttpStatusCode.NotFound, "resource.notFound");
            await Problem.AssertAsync(await client.PostAsync($"/api/tasks/{task.Id}/reassign", new { user = "raadgiver@9902", reason = "Fremmed" }),
                HttpStatusCode.NotFound, "resource.notFound");
            Assert.Empty((await client.ListAsync($"?view=case&caseId={caseId}")).Items);
            Assert.DoesNotContain((await client.ListAsync("?view=candidate&take=500")).Items, t => t.Id == task.Id);
        }
        Assert.DoesNotContain((await sydLeader.ListAsync("?view=team&take=500")).Items, t => t.Id == task.Id);
        Assert.Equal("Open", (await nord.TaskAsync(task.Id)).Task.Status);
    }

    [Fact]
    public async Task Should_refuse_a_bad_list_query_and_the_team_view_for_a_caseworker()
    {
        using var caseworker = await host.Client().SignedInAsync("raadgiver@9901");

        await Problem.AssertAsync(await caseworker.GetAsync("/api/tasks?view=alle"), HttpStatusCode.BadRequest, "field.unknownValue", "/view");
        await Problem.AssertAsync(await caseworker.GetAsync("/api/tasks?view=case"), HttpStatusCode.BadRequest, "field.required", "/caseId");
        await Problem.AssertAsync(await caseworker.GetAsync("/api/tasks?take=0"), HttpStatusCode.BadRequest, "field.invalidFormat", "/take");
        await Problem.AssertAsync(await caseworker.GetAsync("/api/tasks?view=team"), HttpStatusCode.Forbidden, "tasks.leadersOnly");
    }
}

[Collection(SqliteCollection.Name)]
public sealed class WorkItemTestsOnSqlite(SqliteHostFixture host) : WorkItemTests(host);

[Collection(PostgresCollection.Name)]
public sealed class WorkItemTestsOnPostgres(PostgresHostFixture host) : WorkItemTests(host);
