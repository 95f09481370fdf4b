using Visitation.Workflows.Execution;
using Visitation.Workflows.Tests.Execution;
using Visitation.Workflows.Tests.Support;
using static Visitation.Workflows.Tests.Execution.TestFlow;

namespace Visitation.Workflows.Tests.Activities;

/// <summary>Timers and cron: bookmarks get their due time from the clock, and only the production scheduler fires them.</summary>
public class TimerActivityTests
{
    readonly WorkflowHarness _harness = new();
    DateTimeOffset Now => _harness.Clock.GetUtcNow();

    async Task<WorkflowState> StartAsync(TestFlow flow) => await _harness.StartAsync(_harness.Add(flow.Build()));

    [Theory]
    [InlineData("PT5M", 5 * 60)]
    [InlineData("P1D", 24 * 3600)]
    [InlineData("00:00:05", 5)]
    public async Task Should_wait_for_a_delay_then_continue_when_the_scheduler_passes_it(string duration, int seconds)
    {
        // Arrange
        await using var engine = await SchedulerHarness.CreateAsync();
        var definition = await engine.PublishAsync(new TestFlow().Add("d", "Elsa.Delay", ("timeSpan", Literal(duration))).Line("after", "after").Connect("d", "after").Build());
        var state = await engine.StartAsync(definition);
        var bookmark = Assert.Single(state.Bookmarks);
        Assert.Equal(engine.Now.AddSeconds(seconds), bookmark.DueAt);
        Assert.Equal(WorkflowSubStatus.Suspended, state.SubStatus);

        // Act: not yet due
        engine.Clock.Advance(TimeSpan.FromSeconds(seconds - 1));
        Assert.Equal(0, await engine.FireDueAsync());
        Assert.Empty(await engine.LinesAsync());

        engine.Clock.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal(1, await engine.FireDueAsync());

        // Assert
        Assert.Equal(["after"], await engine.LinesAsync());
        Assert.Equal(WorkflowStatus.Finished, (await engine.InstanceAsync(state.Id)).Status);
        engine.Clock.Advance(TimeSpan.FromDays(2));
        Assert.Equal(0, await engine.FireDueAsync()); // fired once only
    }

    [Fact]
    public async Task Should_wait_until_a_date_read_in_the_configured_time_zone()
    {
        var state = await StartAsync(new TestFlow().Add("d", "Elsa.Delay", ("timeSpan", Literal("2026-03-05T09:00:00"))));
        // 09:00 in Copenhagen in March (UTC+1) is 08:00 UTC.
        Assert.Equal(new DateTimeOffset(2026, 3, 5, 8, 0, 0, TimeSpan.Zero), Assert.Single(state.Bookmarks).DueAt);
    }

    [Fact]
    public async Task Should_wait_for_a_timer_interval()
    {
        var state = await StartAsync(new TestFlow().Add("t", "Elsa.Timer", ("interval", Literal("00:01:00"))));
        Assert.Equal(Now.AddMinutes(1), Assert.Single(state.Bookmarks).DueAt);
    }

    [Fact]
    public async Task Should_wait_for_the_next_cron_occurrence_in_copenhagen_time()
    {
        await using var engine = await SchedulerHarness.CreateAsync();
        // 2026-03-02 08:00 UTC is 09:00 in Copenhagen; "at 10:00 every weekday" is 09:00 UTC.
        var definition = await engine.PublishAsync(new TestFlow().Add("c", "Elsa.Cron", ("cronExpression", Literal("0 0 10 * * MON-FRI"))).Line("w", "tick").Connect("c", "w").Build());
        var state = await engine.StartAsync(definition);
        Assert.Equal(new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero), Assert.Single(state.Bookmarks).DueAt);

        engine.Clock.SetUtcNow(new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero));
        await engine.FireDueAsync();
        Assert.Equal(["tick"], await engine.LinesAsync());
    }

    [Fact]
    public async Task Should_follow_daylight_saving_time_in_cron()
    {
        var harness = new WorkflowHarness();
        harness.Clock.SetUtcNow(new DateTimeOffset(2026, 6, 1, 0, 0, 0, TimeSpan.Zero));
        var state = await harness.StartAsync(harness.Add(new TestFlow().Add("c", "Elsa.Cron", ("cronExpression", Literal("0 0 10 * * *"))).Build()));
        // Summer time (UTC+2): 10:00 local is 08:00 UTC.
        Assert.Equal(new DateTimeOffset(2026, 6, 1, 8, 0, 0, TimeSpan.Zero), Assert.Single(state.Bookmarks).DueAt);
    }

    [Fact]
    public async Task Should_fault_an_invalid_cron_expression()
    {
        var state = await StartAsync(new TestFlow().Add("c", "Elsa.Cron", ("cronExpression", Literal("BadCronExpression"))));
        Assert.Equal(WorkflowSubStatus.Faulted, state.SubStatus);
        Assert.StartsWith("Error when parsing cron expression", Assert.Single(state.Incidents).Message);
    }

    [Fact]
    public async Task Should_start_an_instance_from_a_timer_trigger_each_interval()
    {
        await using var engine = await SchedulerHarness.CreateAsync();
        await engine.PublishAsync(Support.Fixtures.Read("ImportAndPublish--timer-workflow.json"));

        engine.Clock.Advance(TimeSpan.FromSeconds(59));
        Assert.Equal(0, await engine.FireDueAsync());
        engine.Clock.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal(1, await engine.FireDueAsync());
        engine.Clock.Advance(TimeSpan.FromMinutes(1));
        Assert.Equal(1, await engine.FireDueAsync());

        Assert.Equal(["Hello from timer", "Hello from timer"], await engine.LinesAsync());
        Assert.All(await engine.InstancesAsync(), i => Assert.Equal(WorkflowStatus.Finished, i.Status));
    }

    [Fact]
    public async Task Should_catch_up_a_missed_cron_trigger_once_after_downtime()
    {
        await using var engine = await SchedulerHarness.CreateAsync();
        await engine.PublishAsync(Support.Fixtures.Read("ImportAndPublish--cron-every-hour.json"));

        engine.Clock.Advance(TimeSpan.FromHours(5)); // the host was down for five hourly occurrences
        Assert.Equal(1, await engine.FireDueAsync());
        Assert.Equal(0, await engine.FireDueAsync());
        Assert.Equal(["Hello every hour"], await engine.LinesAsync());
        Assert.True(Assert.Single(await engine.TriggersAsync()).DueAt > engine.Now);
    }
}
