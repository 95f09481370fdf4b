using System.Text.Json.Nodes;
using Visitation.Workflows.Activities;
using Visitation.Workflows.Descriptors;
using Visitation.Workflows.Execution;
using Visitation.Workflows.Expressions;
using Visitation.Workflows.Tests.Support;
using static Visitation.Workflows.Tests.Execution.TestFlow;

namespace Visitation.Workflows.Tests.Execution;

/// <summary>Fails a given number of times (counted in the instance's variable <c>Failures</c>), then succeeds.</summary>
[Activity("Test.Flaky")]
public sealed class Flaky : CodeActivity
{
    public Input<int> FailTimes { get; set; } = new();

    protected override void Execute(ActivityContext context)
    {
        var failures = context.Data["failures"]?.GetValue<int>() ?? 0;
        var total = context.GetVariable<int>("Failures") + 1;
        context.SetVariable("Failures", total);
        if (total <= context.Get(FailTimes)) throw new IOException($"Transient failure {total}");
        context.WriteJournal($"succeeded after {failures} recorded failures");
    }
}

/// <summary>Waits for a bookmark; its resume handler fails a given number of times.</summary>
[Activity("Test.FlakyResume")]
public sealed class FlakyResume : Activity
{
    public Input<int> FailTimes { get; set; } = new();

    public override ValueTask ExecuteAsync(ActivityContext context)
    {
        context.CreateBookmark("Test.Go", null, nameof(OnGoAsync));
        return ValueTask.CompletedTask;
    }

    ValueTask OnGoAsync(ActivityContext context)
    {
        var failures = context.GetVariable<int>("Failures") + 1;
        context.SetVariable("Failures", failures);
        if (failures <= context.Get(FailTimes)) throw new IOException("resume failed");
        context.WriteJournal("resumed with " + context.ResumeInput?["value"]);
        return context.CompleteAsync();
    }
}

public class FaultAndRetryTests
{
    readonly WorkflowHarness _harness = new();

    public FaultAndRetryTests() => _harness.Registry.Register<Flaky>().Register<FlakyResume>();

    static JsonObject Retry(int attempts, string? backoff = null) => new()
    {
        ["retryPolicy"] = new JsonObject { ["maxAttempts"] = attempts, ["backoff"] = backoff },
    };

    TestFlow FlakyFlow(int failTimes, JsonObject? retry) => new TestFlow().Variable("Failures", "Int32", "0")
        .Add("flaky", "Test.Flaky", retry, ("failTimes", Literal(failTimes)))
        .Line("after", "after").Connect("flaky", "after");

    [Fact]
    public async Task Should_retry_immediately_then_succeed()
    {
        var state = await _harness.StartAsync(_harness.Add(FlakyFlow(2, Retry(3)).Build()));
        Assert.Equal(WorkflowSubStatus.Finished, state.SubStatus);
        Assert.Equal(3, state.Variables["Failures"]!.GetValue<int>());
        Assert.Equal(2, _harness.Store.Journal.Count(j => j.ActivityId == "flaky" && j.Event == JournalEvent.Faulted));
        Assert.Empty(state.Incidents);
    }

    [Fact]
    public async Task Should_retry_after_a_backoff_through_a_timer_bookmark_that_the_scheduler_fires()
    {
        await using var engine = await SchedulerHarness.CreateAsync(registry => registry.Register<Flaky>().Register<FlakyResume>());
        var state = await engine.StartAsync(await engine.PublishAsync(FlakyFlow(1, Retry(2, "PT30S")).Build()));
        var retry = Assert.Single(state.Bookmarks);
        Assert.Equal(WorkflowRunner.RetryBookmarkName, retry.Name);
        Assert.Equal(engine.Now.AddSeconds(30), retry.DueAt);

        engine.Clock.Advance(TimeSpan.FromSeconds(30));
        Assert.Equal(1, await engine.FireDueAsync());

        state = await engine.InstanceAsync(state.Id);
        Assert.Equal(WorkflowSubStatus.Finished, state.SubStatus);
        Assert.Equal(["after"], await engine.LinesAsync());
        Assert.Equal("succeeded after 0 recorded failures", (await engine.JournalAsync()).Single(j => j.ActivityId == "flaky" && j.Event == JournalEvent.Completed).Message);
    }

    [Fact]
    public async Task Should_fault_with_an_incident_when_retries_are_exhausted_and_retry_on_request()
    {
        var state = await _harness.StartAsync(_harness.Add(FlakyFlow(5, Retry(2)).Build()));

        Assert.Equal(WorkflowStatus.Running, state.Status);
        Assert.Equal(WorkflowSubStatus.Faulted, state.SubStatus);
        var incident = Assert.Single(state.Incidents);
        Assert.Equal(("flaky", "Test.Flaky", "IOException", "Transient failure 2"), (incident.ActivityId, incident.ActivityType, incident.ExceptionType, incident.Message));
        Assert.Equal(_harness.Clock.GetUtcNow(), incident.At);
        Assert.Empty(_harness.Lines);

        // The API's retry runs the faulted activity again with a fresh set of attempts.
        await _harness.Runtime.RetryAsync(state.Id);
        await _harness.Runtime.RetryAsync(state.Id);
        state = _harness.Store.Instance(state.Id);
        Assert.Equal(WorkflowSubStatus.Finished, state.SubStatus);
        Assert.Equal("after", _harness.Lines[^1]);
    }

    [Theory]
    [InlineData("while (true) { }", SandboxLimit.Timeout)]
    [InlineData("var a = []; while (true) { a.push(new Array(50000).fill(1)); }", SandboxLimit.Memory)]
    [InlineData("importNamespace('System.IO').File.Delete('x')", SandboxLimit.HostAccess)]
    public async Task Should_fault_only_the_activity_of_a_script_that_escapes_the_sandbox(string script, SandboxLimit limit)
    {
        var harness = new WorkflowHarness(o => o.Evaluator = new ExpressionEvaluator(
            new JavaScriptEvaluator(new JavaScriptOptions { Timeout = TimeSpan.FromSeconds(1), MaxStatements = int.MaxValue, MemoryLimitBytes = 4_000_000 }), new LiquidEvaluator()));
        var flow = new TestFlow()
            .Add("fork", "Elsa.FlowFork", ("branches", Obj("[\"Ok\",\"Bad\"]")))
            .Line("ok", "fine")
            .Add("bad", "Elsa.WriteLine", Retry(3), ("text", Js(script)))
            .Connect("fork", "ok", "Ok").Connect("fork", "bad", "Bad");

        var state = await harness.StartAsync(harness.Add(flow.Build()));

        Assert.Equal(WorkflowSubStatus.Faulted, state.SubStatus);
        var incident = Assert.Single(state.Incidents);
        Assert.Equal("bad", incident.ActivityId);
        Assert.Equal(nameof(ExpressionSandboxException), incident.ExceptionType);
        Assert.Contains($"({limit})", incident.Message);
        Assert.Equal(["fine"], harness.Lines); // the other branch ran; sandbox faults are not retried
        Assert.Single(harness.Store.Journal, j => j.ActivityId == "bad" && j.Event == JournalEvent.Faulted);

        // The engine stays healthy: another instance runs normally afterwards.
        var other = await harness.StartAsync(harness.Add(new TestFlow("other").Line("x", "still healthy").Build()));
        Assert.Equal(WorkflowSubStatus.Finished, other.SubStatus);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("PT10S")]
    public async Task Should_retry_a_failing_resume_handler_with_the_same_input(string? backoff)
    {
        await using var engine = await SchedulerHarness.CreateAsync(registry => registry.Register<Flaky>().Register<FlakyResume>());
        var flow = new TestFlow().Variable("Failures", "Int32", "0").Add("r", "Test.FlakyResume", Retry(2, backoff), ("failTimes", Literal(1)));
        var state = await engine.StartAsync(await engine.PublishAsync(flow.Build()));

        await engine.InTenantAsync(tenant => tenant.Runtime.ResumeAsync(state.Id, state.Bookmarks[0].Id, new JsonObject { ["value"] = 7 }));
        engine.Clock.Advance(TimeSpan.FromSeconds(10));
        await engine.FireDueAsync();

        state = await engine.InstanceAsync(state.Id);
        Assert.Equal(WorkflowSubStatus.Finished, state.SubStatus);
        Assert.Equal(1, state.Activities["r"].ExecutionCount);
        Assert.Equal("resumed with 7", (await engine.JournalAsync()).Single(j => j.ActivityId == "r" && j.Event == JournalEvent.Completed).Message);
    }

    [Fact]
    public async Task Should_let_other_branches_of_a_faulted_instance_resume_without_rerunning_the_fault()
    {
        var flow = new TestFlow().Variable("Failures", "Int32", "0")
            .Add("fork", "Elsa.FlowFork", ("branches", Obj("[\"A\",\"B\"]")))
            .Add("flaky", "Test.Flaky", ("failTimes", Literal(1)))
            .Add("wait", "Elsa.Event", ("eventName", Literal("Go")))
            .Line("b", "b")
            .Connect("fork", "flaky", "A").Connect("fork", "wait", "B").Connect("wait", "b");
        var state = await _harness.StartAsync(_harness.Add(flow.Build()), new StartWorkflowOptions { CorrelationId = "c" });
        Assert.Equal(WorkflowSubStatus.Faulted, state.SubStatus);

        await _harness.Runtime.TriggerEventAsync("Go", "c");
        state = _harness.Store.Instance(state.Id);
        Assert.Equal(["b"], _harness.Lines);
        Assert.Equal(WorkflowSubStatus.Faulted, state.SubStatus);
        Assert.Equal(1, state.Variables["Failures"]!.GetValue<int>()); // the faulted activity did not run again

        await _harness.Runtime.RetryAsync(state.Id);
        state = _harness.Store.Instance(state.Id);
        Assert.Equal((WorkflowStatus.Finished, WorkflowSubStatus.Finished), (state.Status, state.SubStatus));
    }

    [Fact]
    public async Task Should_cancel_an_instance_removing_its_bookmarks()
    {
        var state = await _harness.StartAsync(_harness.Add(new TestFlow().Add("e", "Elsa.Event", ("eventName", Literal("X"))).Build()));
        await _harness.Runtime.CancelAsync(state.Id, "admin");
        state = _harness.Store.Instance(state.Id);
        Assert.Equal((WorkflowStatus.Finished, WorkflowSubStatus.Cancelled), (state.Status, state.SubStatus));
        Assert.Empty(_harness.Store.Bookmarks);
        Assert.Contains(_harness.Store.Journal, j => j.Event == JournalEvent.Cancelled && j.Actor == "admin");
    }
}
