using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Visitation.Host.Tests.Infrastructure;
using Visitation.Workflows.Hosting;
using Visitation.Workflows.Persistence;

namespace Visitation.Host.Tests.Workflows;

/// <summary>
/// A timer that cannot fire is not retried on every scheduler pass: each attempt waits twice as long as the last (up
/// to a cap), and after the last attempt the timer stops and its instance shows an incident.
/// </summary>
public abstract class FailingTimerTests(HostFixture host)
{
    [Fact]
    public async Task Should_back_off_a_timer_that_keeps_failing_and_raise_an_incident_after_the_last_attempt()
    {
        var start = TestCalendar.Now;
        var clock = new ManualClock(start);
        await using var factory = host.CreateFactory(new Dictionary<string, string?>(host.OwnDatabase())
        {
            ["Workflows:SchedulerEnabled"] = "false",
            ["Workflows:FireRetryDelay"] = "00:01:00",
            ["Workflows:FireRetryMaxDelay"] = "00:03:00",
            ["Workflows:FireMaxAttempts"] = "4",
        }, clock: clock);
        // Signed in anew after the clock moved: a session does not outlive the days the test skips.
        Task<ApiClient> SignInAsync() => new ApiClient(factory.CreateClient(new() { HandleCookies = true })).SignedInAsync("procesdesigner@9902");
        using var designer = await SignInAsync();
        var scheduler = factory.Services.GetRequiredService<WorkflowScheduler>();
        var id = Flows.NewId("failing-timer");
        await designer.ImportAndPublishAsync(Flows.Delay(id, "P1D"));
        var started = await designer.ExecuteAsync(id);
        var json = await BreakDefinitionAsync(factory.Services, id);
        try
        {
            clock.Advance(TimeSpan.FromDays(1) + TimeSpan.FromSeconds(1));
            await scheduler.FireDueAsync(CancellationToken.None);
            var afterFirst = await TimerRowAsync(factory.Services, started.InstanceId);
            await scheduler.FireDueAsync(CancellationToken.None);
            var afterAgain = await TimerRowAsync(factory.Services, started.InstanceId);
            clock.Advance(TimeSpan.FromMinutes(1));
            await scheduler.FireDueAsync(CancellationToken.None);
            var afterSecond = await TimerRowAsync(factory.Services, started.InstanceId);
            clock.Advance(TimeSpan.FromMinutes(2));
            await scheduler.FireDueAsync(CancellationToken.None);
            var afterThird = await TimerRowAsync(factory.Services, started.InstanceId);
            using var meanwhile = await SignInAsync();
            var beforeLast = await meanwhile.InstanceAsync(started.InstanceId);
            clock.Advance(TimeSpan.FromMinutes(3));
            await scheduler.FireDueAsync(CancellationToken.None);
            var afterLast = await TimerRowAsync(factory.Services, started.InstanceId);
            clock.Advance(TimeSpan.FromDays(30));
            await scheduler.FireDueAsync(CancellationToken.None);
            var afterAll = await TimerRowAsync(factory.Services, started.InstanceId);
            using var later = await SignInAsync();
            var instance = await later.InstanceAsync(started.InstanceId);
            var journal = await later.JournalAsync(started.InstanceId);

            Assert.Equal((1, start + TimeSpan.FromDays(1) + TimeSpan.FromSeconds(1) + TimeSpan.FromMinutes(1)), afterFirst);
            Assert.Equal(afterFirst, afterAgain); // not tried again before its time
            Assert.Equal(2, afterSecond.Attempts);
            Assert.Equal(afterFirst.DueAt!.Value + TimeSpan.FromMinutes(2), afterSecond.DueAt); // twice the first wait
            Assert.Equal(3, afterThird.Attempts);
            Assert.Equal(afterSecond.DueAt!.Value + TimeSpan.FromMinutes(3), afterThird.DueAt); // doubled again, capped at 3 minutes
            Assert.Equal("Suspended", beforeLast.SubStatus);
            Assert.Empty(beforeLast.Incidents);
            Assert.Equal((4, (DateTimeOffset?)null), afterLast);
            Assert.Equal(afterLast, afterAll);
            Assert.Equal("Faulted", instance.SubStatus);
            var incident = Assert.Single(instance.Incidents);
            Assert.Equal("TimerFailed", (string?)incident["kind"]);
            Assert.Equal("delay", (string?)incident["activityId"]);
            Assert.Contains(journal, e => e.Event == "Faulted" && e.ActivityId == "delay" && e.Actor == "scheduler");
            Assert.Single(instance.Bookmarks); // still there: a person can resume it
        }
        finally
        {
            await RestoreDefinitionAsync(factory.Services, id, json); // other tests may list this municipality's definitions
        }
    }

    /// <summary>The stored definition can no longer be read, so nothing of it can run. Returns its JSON.</summary>
    private static async Task<string> BreakDefinitionAsync(IServiceProvider services, string definitionId)
    {
        await using var scope = services.CreateAsyncScope();
        var definitions = scope.ServiceProvider.GetRequiredService<WorkflowDbContext>().Definitions.Where(d => d.DefinitionId == definitionId);
        var json = await definitions.Select(d => d.Json).SingleAsync();
        await definitions.ExecuteUpdateAsync(set => set.SetProperty(d => d.Json, "{ \"root\": "));
        return json;
    }

    private static async Task RestoreDefinitionAsync(IServiceProvider services, string definitionId, string json)
    {
        await using var scope = services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<WorkflowDbContext>().Definitions.Where(d => d.DefinitionId == definitionId)
            .ExecuteUpdateAsync(set => set.SetProperty(d => d.Json, json));
    }

    private static async Task<(int Attempts, DateTimeOffset? DueAt)> TimerRowAsync(IServiceProvider services, string instanceId)
    {
        await using var scope = services.CreateAsyncScope();
        var row = await scope.ServiceProvider.GetRequiredService<WorkflowDbContext>().Bookmarks.AsNoTracking()
            .SingleAsync(b => b.WorkflowInstanceId == instanceId);
        return (row.FireAttempts, row.DueAt);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class FailingTimerTestsOnSqlite(SqliteHostFixture host) : FailingTimerTests(host);

[Collection(PostgresCollection.Name)]
public sealed class FailingTimerTestsOnPostgres(PostgresHostFixture host) : FailingTimerTests(host);
