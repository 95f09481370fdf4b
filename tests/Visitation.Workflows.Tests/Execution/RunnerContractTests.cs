using System.Text.Json.Nodes;
using Visitation.Workflows.Bookmarks;
using Visitation.Workflows.Execution;
using static Visitation.Workflows.Tests.Execution.TestFlow;

namespace Visitation.Workflows.Tests.Execution;

public class RunnerContractTests
{
    readonly WorkflowHarness _harness = new();

    [Fact]
    public void Should_hash_stimuli_independently_of_member_order()
    {
        var a = BookmarkHasher.Hash("X", JsonNode.Parse("""{"b":1,"a":{"d":2,"c":3}}"""), "sag-1");
        var b = BookmarkHasher.Hash("X", JsonNode.Parse("""{"a":{"c":3,"d":2},"b":1}"""), "sag-1");
        Assert.Equal(a, b);
        Assert.Equal(64, a.Length);
        Assert.NotEqual(a, BookmarkHasher.Hash("X", JsonNode.Parse("""{"a":{"c":3,"d":2},"b":1}"""), "sag-2"));
        Assert.NotEqual(a, BookmarkHasher.Hash("Y", JsonNode.Parse("""{"a":{"c":3,"d":2},"b":1}"""), "sag-1"));
    }

    [Fact]
    public async Task Should_leave_the_callers_state_untouched_and_return_effects()
    {
        // Arrange
        var definition = _harness.Add(new TestFlow().Add("e", "Elsa.Event", ("eventName", Literal("Go"))).Line("w", "done").Connect("e", "w").Build());
        var start = await _harness.Runner.StartAsync(definition, new StartWorkflowOptions { CorrelationId = "c" });
        var before = start.State.ToJson();

        // Act
        var step = await _harness.Runner.ResumeAsync(definition, start.State, start.State.Bookmarks[0].Id, null, "user-1");

        // Assert
        Assert.Equal(before, start.State.ToJson());
        Assert.NotSame(start.State, step.State);
        Assert.Single(step.BookmarksRemoved);
        Assert.Empty(step.BookmarksCreated);
        Assert.Equal([JournalEvent.Resumed, JournalEvent.Completed, JournalEvent.Started, JournalEvent.Completed], step.Journal.Select(j => j.Event));
        Assert.All(step.Journal, j => Assert.Equal("user-1", j.Actor));
        Assert.Equal(WorkflowStatus.Finished, step.State.Status);
    }

    [Fact]
    public async Task Should_round_trip_a_waiting_state_through_json()
    {
        var definition = _harness.Add(new TestFlow().Variable("V", "Object")
            .Add("set", "Elsa.SetVariable", ("variable", new JsonObject { ["id"] = "V" }), ("value", Obj("{\"x\":[1,2]}")))
            .Add("d", "Elsa.Delay", ("timeSpan", Literal("PT1H"))).Connect("set", "d").Build());
        var step = await _harness.Runner.StartAsync(definition);

        var json = step.State.ToJson();
        var copy = WorkflowState.FromJson(json);

        Assert.Equal(json, copy.ToJson());
        Assert.Contains("\"subStatus\":\"Suspended\"", json);
        Assert.Equal("{\"x\":[1,2]}", copy.Variables["V"]!.ToJsonString());
        Assert.Equal(step.State.Bookmarks[0], copy.Bookmarks[0] with { Payload = step.State.Bookmarks[0].Payload });
    }

    [Fact]
    public async Task Should_refuse_a_save_from_a_stale_version()
    {
        var definition = _harness.Add(new TestFlow().Add("e", "Elsa.Event", ("eventName", Literal("Go"))).Build());
        var started = await _harness.StartAsync(definition);
        var stale = _harness.Store.Instance(started.Id);
        await _harness.Runtime.ResumeAsync(started.Id, stale.Bookmarks[0].Id);

        var step = await _harness.Runner.CancelAsyncWrapper(definition, stale);
        await Assert.ThrowsAsync<WorkflowConcurrencyException>(() => _harness.Store.SaveStepAsync(step, stale.Version).AsTask());
    }

    [Fact]
    public async Task Should_flag_an_instance_that_waits_for_nothing_as_stalled()
    {
        var definition = _harness.Add(new TestFlow()
            .Add("fork", "Elsa.FlowFork", ("branches", Obj("[\"A\"]")))
            .Line("a", "a")
            .Add("join", "Elsa.FlowJoin", ("mode", Literal("WaitAllInbound")))
            .Connect("fork", "a", "A").Connect("a", "join").Connect("fork", "join", "Missing").Build());
        var state = await _harness.StartAsync(definition);
        Assert.Equal((WorkflowStatus.Running, WorkflowSubStatus.Suspended), (state.Status, state.SubStatus));
        Assert.Equal(Incident.Stalled, Assert.Single(state.Incidents).Kind);
        Assert.Single(_harness.Store.Incidents);
    }

    [Fact]
    public async Task Should_use_only_the_injected_clock_and_id_source()
    {
        var definition = _harness.Add(new TestFlow().Add("d", "Elsa.Delay", ("timeSpan", Literal("PT1M"))).Build());
        var state = await _harness.StartAsync(definition);
        Assert.StartsWith("id", state.Id);
        Assert.All(state.Bookmarks, b => Assert.StartsWith("id", b.Id));
        Assert.Equal(_harness.Clock.GetUtcNow(), state.CreatedAt);
        Assert.All(_harness.Store.Journal, j => Assert.Equal(_harness.Clock.GetUtcNow(), j.Timestamp));
    }

    [Fact]
    public void Should_keep_the_engine_free_of_host_and_domain_dependencies()
    {
        var references = typeof(WorkflowRunner).Assembly.GetReferencedAssemblies().Select(a => a.Name!).ToList();
        Assert.DoesNotContain(references, r => r.StartsWith("Visitation.", StringComparison.Ordinal));
        Assert.DoesNotContain(references, r => r.StartsWith("Microsoft.AspNetCore", StringComparison.Ordinal));
    }

    [Fact]
    public void Should_register_every_built_in_activity_type()
    {
        string[] expected = ["Elsa.Start", "Elsa.End", "Elsa.Finish", "Elsa.WriteLine", "Elsa.FlowDecision", "Elsa.FlowSwitch",
            "Elsa.FlowFork", "Elsa.FlowJoin", "Elsa.SetVariable", "Elsa.SetOutput", "Elsa.Delay", "Elsa.Timer", "Elsa.Cron",
            "Elsa.Event", "Elsa.ExecuteWorkflow", "Visitation.HumanTask", "Visitation.Notify"];
        foreach (var type in expected)
        {
            var descriptor = _harness.Registry.Find(type, 1);
            Assert.NotNull(descriptor);
            Assert.False(string.IsNullOrWhiteSpace(descriptor.DisplayName.Da));
            Assert.False(string.IsNullOrWhiteSpace(descriptor.DisplayName.En));
        }
        Assert.Equal(["True", "False"], _harness.Registry.Find("Elsa.FlowDecision", 1)!.Outcomes);
        Assert.True(_harness.Registry.Find("Elsa.Cron", 1)!.CanStartWorkflow);
        Assert.Equal("actions", _harness.Registry.Find("Visitation.HumanTask", 1)!.OutcomesFromInput);
    }
}

static class RunnerTestExtensions
{
    public static Task<WorkflowStep> CancelAsyncWrapper(this WorkflowRunner runner, Visitation.Workflows.Definitions.WorkflowDefinition definition, WorkflowState state) =>
        Task.FromResult(runner.Cancel(definition, state));
}

public class JournalSequenceTests
{
    [Fact]
    public async Task Should_number_journal_entries_in_order_across_steps()
    {
        var harness = new WorkflowHarness();
        var definition = harness.Add(new TestFlow().Add("e", "Elsa.Event", ("eventName", Literal("Go"))).Line("w", "x").Connect("e", "w").Build());
        var state = await harness.RunUntilEndAsync(definition);
        Assert.Equal(Enumerable.Range(1, harness.Store.Journal.Count).Select(i => (long)i), harness.Store.Journal.Select(j => j.Sequence));
        Assert.Equal(harness.Store.Journal.Count, state.JournalSequence);
    }
}
