using System.Net;
using Visitation.Host.Tests.Infrastructure;

namespace Visitation.Host.Tests.Workflows;

public abstract class InstanceApiTests(HostFixture host)
{
    public sealed record Triggered(List<WorkflowApi.Started> Instances);

    [Fact]
    public async Task Should_resume_the_waiting_instance_when_its_event_is_triggered_with_its_correlation()
    {
        using var designer = await host.Client().SignedInAsync("procesdesigner@9901");
        using var admin = await host.Client().SignedInAsync("administrator@9901");
        var id = Flows.NewId("event");
        await designer.ImportAndPublishAsync(Flows.WaitForEvent(id, $"{id}-done"));
        var waiting = await designer.ExecuteAsync(id, new { correlationId = "sag-a" });
        var other = await designer.ExecuteAsync(id, new { correlationId = "sag-b" });

        var triggered = await admin.ReadAsync<Triggered>(await admin.PostAsync($"/api/events/{id}-done/trigger", new { correlationId = "sag-a" }));

        Assert.Equal(("Running", "Suspended"), (waiting.Status, waiting.SubStatus));
        Assert.Equal([waiting.InstanceId], triggered.Instances.Select(i => i.InstanceId));
        Assert.Equal("Finished", (await designer.InstanceAsync(waiting.InstanceId)).SubStatus);
        Assert.Equal(["after event"], await designer.LinesAsync(waiting.InstanceId));
        Assert.Equal("Suspended", (await designer.InstanceAsync(other.InstanceId)).SubStatus);
    }

    [Fact]
    public async Task Should_resume_a_timer_early_and_answer_409_when_the_bookmark_is_gone()
    {
        using var designer = await host.Client().SignedInAsync("procesdesigner@9902");
        using var admin = await host.Client().SignedInAsync("administrator@9902");
        var id = Flows.NewId("timer");
        await designer.ImportAndPublishAsync(Flows.Delay(id, "P14D"));
        var started = await designer.ExecuteAsync(id);
        var bookmark = Assert.Single((await designer.InstanceAsync(started.InstanceId)).Bookmarks);

        var resumed = await admin.ReadAsync<WorkflowApi.Started>(await admin.PostAsync($"/api/bookmarks/{bookmark.Id}/resume", new { }));
        var again = await admin.PostAsync($"/api/bookmarks/{bookmark.Id}/resume", new { });

        Assert.True(bookmark.DueAt > TestCalendar.Now.AddDays(13));
        Assert.Equal("Finished", resumed.SubStatus);
        await Problem.AssertAsync(again, HttpStatusCode.Conflict, "workflow.bookmarkGone");
    }

    [Fact]
    public async Task Should_fire_a_due_timer_from_the_scheduler()
    {
        using var designer = await host.Client().SignedInAsync("procesdesigner@9902");
        var id = Flows.NewId("scheduler");
        await designer.ImportAndPublishAsync(Flows.Delay(id, "00:00:01"));

        var started = await designer.ExecuteAsync(id);
        var instance = await designer.InstanceAsync(started.InstanceId);
        for (var poll = 0; poll < 200 && instance.SubStatus != "Finished"; poll++)
        {
            await Task.Delay(100);
            instance = await designer.InstanceAsync(started.InstanceId);
        }

        Assert.Equal("Suspended", started.SubStatus);
        Assert.Equal("Finished", instance.SubStatus);
        var journal = await designer.JournalAsync(started.InstanceId);
        Assert.Contains(journal, e => e.ActivityId == "delay" && e.Event == "Resumed" && e.Actor == "scheduler");
    }

    [Fact]
    public async Task Should_return_the_first_result_and_change_nothing_when_an_idempotency_key_repeats()
    {
        using var designer = await host.Client().SignedInAsync("procesdesigner@9901");
        var id = Flows.NewId("idem");
        await designer.ImportAndPublishAsync(Flows.WaitForEvent(id, "x"));
        var key = Guid.NewGuid().ToString();

        var first = await designer.ExecuteAsync(id, new { correlationId = "sag-1", idempotencyKey = key });
        var repeat = await designer.ExecuteAsync(id, new { correlationId = "sag-1", idempotencyKey = key });
        var reused = await designer.PostAsync($"/api/workflow-definitions/{id}/execute", new { correlationId = "sag-2", idempotencyKey = key });
        var instances = await designer.ReadAsync<List<WorkflowApi.Started>>(await designer.GetAsync($"/api/workflow-instances?definitionId={id}"));

        Assert.Equal(first, repeat);
        await Problem.AssertAsync(reused, HttpStatusCode.UnprocessableEntity, "idempotency.keyReused", "/idempotencyKey");
        Assert.Single(instances);
    }

    [Fact]
    public async Task Should_cancel_an_instance_and_remove_its_bookmarks()
    {
        using var designer = await host.Client().SignedInAsync("procesdesigner@9901");
        using var admin = await host.Client().SignedInAsync("administrator@9901");
        var id = Flows.NewId("cancel");
        await designer.ImportAndPublishAsync(Flows.WaitForEvent(id, "never"));
        var started = await designer.ExecuteAsync(id);

        var cancelled = await admin.ReadAsync<WorkflowApi.Started>(await admin.PostAsync($"/api/workflow-instances/{started.InstanceId}/cancel", null));
        var instance = await designer.InstanceAsync(started.InstanceId);

        Assert.Equal(("Finished", "Cancelled"), (cancelled.Status, cancelled.SubStatus));
        Assert.Empty(instance.Bookmarks);
        Assert.Contains(await designer.JournalAsync(started.InstanceId), e => e.Event == "Cancelled");
    }
}

[Collection(SqliteCollection.Name)]
public sealed class InstanceApiTestsOnSqlite(SqliteHostFixture host) : InstanceApiTests(host);

[Collection(PostgresCollection.Name)]
public sealed class InstanceApiTestsOnPostgres(PostgresHostFixture host) : InstanceApiTests(host);
