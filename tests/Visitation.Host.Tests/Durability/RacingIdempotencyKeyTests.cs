using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using Visitation.Host.Tests.Infrastructure;
using static Visitation.Host.Tests.Opgaver.TaskApi;

namespace Visitation.Host.Tests.Durability;

/// <summary>
/// Two requests with the same idempotency key and the same body, sent at the same moment (on PostgreSQL through
/// two nodes), both get the first answer, and what they ask for happens once: execute, resume, trigger, and
/// completing a task.
/// </summary>
public abstract class RacingIdempotencyKeyTests(HostFixture host)
{
    private const int Pairs = 8;

    public sealed record Triggered(List<WorkflowApi.Started> Instances);

    [Fact]
    public async Task Should_answer_both_racing_executes_with_the_one_instance_started()
    {
        var (designer, first, second) = await CallersAsync("administrator@9902");
        var id = Flows.NewId("race-execute");
        await designer.ImportAndPublishAsync(Flows.WaitForEvent(id, $"{id}-go"));

        for (var i = 0; i < Pairs; i++)
        {
            var body = new { correlationId = $"sag-{i}", idempotencyKey = $"execute-{id}-{i}" };
            var (a, b) = await BothAsync(first, second, client => client.PostAsync($"/api/workflow-definitions/{id}/execute", body));

            var started = await first.ReadAsync<WorkflowApi.Started>(a);
            Assert.Equal(started, await second.ReadAsync<WorkflowApi.Started>(b));
            Assert.Equal(("Running", "Suspended"), (started.Status, started.SubStatus));
        }
    }

    [Fact]
    public async Task Should_answer_both_racing_resumes_with_the_first_answer_and_resume_once()
    {
        var (designer, first, second) = await CallersAsync("administrator@9902");
        var id = Flows.NewId("race-resume");
        await designer.ImportAndPublishAsync(Flows.WaitForEvent(id, $"{id}-go"));

        for (var i = 0; i < Pairs; i++)
        {
            var instanceId = (await first.ExecuteAsync(id)).InstanceId;
            var bookmark = (await first.InstanceAsync(instanceId)).Bookmarks.Single();
            var body = new { input = new { answer = 42 }, idempotencyKey = $"resume-{bookmark.Id}" };
            var (a, b) = await BothAsync(first, second, client => client.PostAsync($"/api/bookmarks/{bookmark.Id}/resume", body));

            Assert.Equal(await Text(first, a), await Text(second, b));
            await AssertResumedOnceAsync(first, instanceId);
        }
    }

    [Fact]
    public async Task Should_answer_both_racing_triggers_with_the_first_answer_and_resume_once()
    {
        var (designer, first, second) = await CallersAsync("administrator@9902");
        var id = Flows.NewId("race-trigger");
        await designer.ImportAndPublishAsync(Flows.WaitForEvent(id, $"{id}-go"));

        for (var i = 0; i < Pairs; i++)
        {
            var instanceId = (await first.ExecuteAsync(id, new { correlationId = $"sag-{i}" })).InstanceId;
            var body = new { correlationId = $"sag-{i}", idempotencyKey = $"trigger-{id}-{i}" };
            var (a, b) = await BothAsync(first, second, client => client.PostAsync($"/api/events/{id}-go/trigger", body));

            var triggered = await first.ReadAsync<Triggered>(a);
            Assert.Equal([instanceId], triggered.Instances.Select(s => s.InstanceId));
            Assert.Equal([instanceId], (await second.ReadAsync<Triggered>(b)).Instances.Select(s => s.InstanceId));
            await AssertResumedOnceAsync(first, instanceId);
        }
    }

    [Fact]
    public async Task Should_answer_both_racing_completions_of_a_task_with_the_first_answer_and_move_the_flow_once()
    {
        var (designer, first, second) = await CallersAsync("raadgiver@9902");
        var flow = OneTask(Flows.NewId("race-task"), """[{"kind":"role","id":"Raadgiver"}]""");

        for (var i = 0; i < Pairs; i++)
        {
            var (caseId, instanceId) = await StartCaseAsync(designer, flow);
            var task = await first.OfCaseAsync(caseId);
            var body = new { action = "Godkend", data = new { begrundelse = "Barnet trives" }, idempotencyKey = $"complete-{task.Id}" };
            var (a, b) = await BothAsync(first, second, client => client.PostAsync($"/api/tasks/{task.Id}/complete", body));

            Assert.Equal(await Text(first, a), await Text(second, b));
            var completed = await first.ReadAsync<WorkItem>(a);
            Assert.Equal(("Completed", "Godkend"), (completed.Status, completed.CompletedAction));
            var journal = await designer.JournalAsync(instanceId);
            Assert.Single(journal, e => e.ActivityId == "vurder" && e.Event == "Resumed");
            Assert.Single(journal, e => e.ActivityId == "efter" && e.Event == "Completed");
        }
    }

    [Fact]
    public async Task Should_not_answer_another_caller_who_repeats_a_task_s_key_with_the_first_caller_s_answer()
    {
        var (designer, first, _) = await CallersAsync("raadgiver@9902");
        var other = await host.Client().SignedInAsync("leder@9902");
        var (caseId, instanceId) = await StartCaseAsync(designer, OneTask(Flows.NewId("key-per-caller"), """[{"kind":"role","id":"Raadgiver"}]"""));
        var task = await first.OfCaseAsync(caseId);
        var body = new { action = "Godkend", data = new { begrundelse = "Barnet trives" }, idempotencyKey = $"complete-{task.Id}" };

        Assert.Equal(HttpStatusCode.OK, (await first.PostAsync($"/api/tasks/{task.Id}/complete", body)).StatusCode);
        var repeated = await other.PostAsync($"/api/tasks/{task.Id}/complete", body);

        // The other caller's request is judged as its own (the task is done, or not theirs to see), never given the first answer.
        Assert.Contains(repeated.StatusCode, new[] { HttpStatusCode.Conflict, HttpStatusCode.NotFound, HttpStatusCode.Forbidden });
        Assert.Single(await designer.JournalAsync(instanceId), e => e.ActivityId == "vurder" && e.Event == "Resumed");
    }

    /// <summary>A designer who publishes, and the same user signed in twice: on PostgreSQL the second on another node.</summary>
    private async Task<(ApiClient Designer, ApiClient First, ApiClient Second)> CallersAsync(string user)
    {
        var designer = await host.Client().SignedInAsync("procesdesigner@9902");
        var first = await host.Client().SignedInAsync(user);
        var otherNode = host.SeveralNodes ? host.CreateFactory() : host.Factory;
        var second = await new ApiClient(otherNode.CreateClient(new WebApplicationFactoryClientOptions { HandleCookies = true })).SignedInAsync(user);
        return (designer, first, second);
    }

    private static async Task<(HttpResponseMessage, HttpResponseMessage)> BothAsync(ApiClient first, ApiClient second,
        Func<ApiClient, Task<HttpResponseMessage>> send)
    {
        var answers = await System.Threading.Tasks.Task.WhenAll(send(first), send(second));
        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK], answers.Select(a => a.StatusCode));
        return (answers[0], answers[1]);
    }

    private static async Task<string> Text(ApiClient client, HttpResponseMessage response) =>
        (await client.ReadAsync<System.Text.Json.Nodes.JsonNode>(response)).ToJsonString();

    private static async Task AssertResumedOnceAsync(ApiClient client, string instanceId)
    {
        var journal = await client.JournalAsync(instanceId);
        Assert.Single(journal, e => e.ActivityId == "wait" && e.Event == "Resumed");
        Assert.Single(journal, e => e.ActivityId == "after" && e.Event == "Completed");
        Assert.Equal("Finished", (await client.InstanceAsync(instanceId)).SubStatus);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class RacingIdempotencyKeyTestsOnSqlite(SqliteHostFixture host) : RacingIdempotencyKeyTests(host);

[Collection(PostgresCollection.Name)]
public sealed class RacingIdempotencyKeyTestsOnPostgres(PostgresHostFixture host) : RacingIdempotencyKeyTests(host);
