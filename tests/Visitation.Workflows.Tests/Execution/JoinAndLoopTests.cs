using System.Text.Json.Nodes;
using Visitation.Workflows.Execution;
using static Visitation.Workflows.Tests.Execution.TestFlow;

namespace Visitation.Workflows.Tests.Execution;

public class JoinAndLoopTests
{
    readonly WorkflowHarness _harness = new();

    Task<WorkflowState> RunAsync(TestFlow flow) => _harness.RunUntilEndAsync(_harness.Add(flow.Build()));

    static JsonObject Branches(params string[] names) => Obj(new JsonArray([.. names.Select(n => (JsonNode?)n)]).ToJsonString());

    [Fact]
    public async Task Should_join_nested_forks_with_wait_all()
    {
        // fork(A,B); A -> fork2(A1,A2) -> join2; join2 and B -> join -> End
        var flow = new TestFlow()
            .Add("fork", "Elsa.FlowFork", ("branches", Branches("A", "B")))
            .Add("fork2", "Elsa.FlowFork", ("branches", Branches("A1", "A2")))
            .Line("a1", "a1").Line("a2", "a2").Line("b", "b")
            .Add("join2", "Elsa.FlowJoin", ("mode", Literal("WaitAll")))
            .Add("join", "Elsa.FlowJoin", ("mode", Literal("WaitAll")))
            .Line("end", "end")
            .Connect("fork", "fork2", "A").Connect("fork", "b", "B")
            .Connect("fork2", "a1", "A1").Connect("fork2", "a2", "A2")
            .Connect("a1", "join2").Connect("a2", "join2")
            .Connect("join2", "join").Connect("b", "join").Connect("join", "end");

        var state = await RunAsync(flow);

        Assert.Equal(WorkflowSubStatus.Finished, state.SubStatus);
        Assert.Equal("end", _harness.Lines[^1]);
        Assert.Equal(4, _harness.Lines.Count);
        Assert.Single(_harness.Store.Journal, j => j.ActivityId == "join" && j.Event == JournalEvent.Completed);
    }

    [Fact]
    public async Task Should_not_wait_in_wait_all_for_a_branch_a_decision_did_not_take()
    {
        // Elsa: a WaitAll join counts only active inbound branches.
        var flow = new TestFlow()
            .Add("fork", "Elsa.FlowFork", ("branches", Branches("X", "Y")))
            .Line("b1", "Branch 1")
            .Add("d", "Elsa.FlowDecision", ("condition", Js("false")))
            .Line("never", "never").Line("b2", "Branch 2")
            .Add("join", "Elsa.FlowJoin", ("mode", Literal("WaitAll")))
            .Line("end", "End")
            .Connect("fork", "b1", "X").Connect("fork", "d", "Y")
            .Connect("d", "never", "True").Connect("d", "b2", "False")
            .Connect("never", "join").Connect("b1", "join").Connect("b2", "join").Connect("join", "end");

        await RunAsync(flow);

        Assert.Equal(["Branch 1", "Branch 2", "End"], _harness.Lines);
    }

    [Fact]
    public async Task Should_wait_for_a_blocked_branch_before_a_wait_all_join()
    {
        var flow = new TestFlow()
            .Add("fork", "Elsa.FlowFork", ("branches", Branches("X", "Y")))
            .Add("ev", "Elsa.Event", ("eventName", Literal("Go")))
            .Line("x", "x")
            .Add("join", "Elsa.FlowJoin", ("mode", Literal("WaitAll")))
            .Line("end", "End")
            .Connect("fork", "ev", "X").Connect("fork", "x", "Y").Connect("ev", "join").Connect("x", "join").Connect("join", "end");
        var state = await _harness.StartAsync(_harness.Add(flow.Build()), new StartWorkflowOptions { CorrelationId = "c" });
        Assert.Equal(["x"], _harness.Lines);
        Assert.Equal(WorkflowSubStatus.Suspended, state.SubStatus);

        await _harness.Runtime.TriggerEventAsync("Go", "c");

        Assert.Equal(["x", "End"], _harness.Lines);
        Assert.Equal(WorkflowStatus.Finished, _harness.Store.Instance(state.Id).Status);
    }

    [Fact]
    public async Task Should_continue_at_the_first_branch_of_a_wait_any_join_and_run_it_once()
    {
        var flow = new TestFlow()
            .Add("fork", "Elsa.FlowFork", ("branches", Branches("X", "Y")))
            .Add("ev", "Elsa.Event", ("eventName", Literal("Late")))
            .Line("x", "x")
            .Add("join", "Elsa.FlowJoin", ("mode", Literal("WaitAny")))
            .Line("end", "End")
            .Connect("fork", "ev", "X").Connect("fork", "x", "Y").Connect("ev", "join").Connect("x", "join").Connect("join", "end");
        var state = await _harness.StartAsync(_harness.Add(flow.Build()), new StartWorkflowOptions { CorrelationId = "c" });

        // The losing branch's waiting activity is cancelled, so the instance finishes at once.
        Assert.Equal(["x", "End"], _harness.Lines);
        Assert.Equal(WorkflowStatus.Finished, state.Status);
        Assert.Empty(_harness.Store.Bookmarks);
        Assert.Contains(_harness.Store.Journal, j => j.ActivityId == "ev" && j.Event == JournalEvent.Cancelled);
        Assert.Empty(await _harness.Runtime.TriggerEventAsync("Late", "c"));
    }

    [Fact]
    public async Task Should_join_an_if_else_diamond_by_default()
    {
        var flow = new TestFlow()
            .Add("d", "Elsa.FlowDecision", ("condition", Js("true")))
            .Line("yes", "yes").Line("no", "no").Line("after", "after")
            .Connect("d", "yes", "True").Connect("d", "no", "False").Connect("yes", "after").Connect("no", "after");
        var state = await RunAsync(flow);
        Assert.Equal(["yes", "after"], _harness.Lines);
        Assert.Equal(WorkflowSubStatus.Finished, state.SubStatus);
    }

    [Fact]
    public async Task Should_loop_with_a_javascript_counter()
    {
        var flow = new TestFlow().Variable("I", "Int32", "0")
            .Add("inc", "Elsa.SetVariable", ("variable", new JsonObject { ["id"] = "I", ["typeName"] = "Int32" }), ("value", Js("getI() + 1")))
            .Add("w", "Elsa.WriteLine", ("text", Js("'i=' + getI()")))
            .Add("more", "Elsa.FlowDecision", ("condition", Js("getI() < 3")))
            .Connect("inc", "w").Connect("w", "more").Connect("more", "inc", "True");
        var state = await RunAsync(flow);
        Assert.Equal(["i=1", "i=2", "i=3"], _harness.Lines);
        Assert.Equal(3, state.Activities["inc"].ExecutionCount);
        Assert.Equal(WorkflowSubStatus.Finished, state.SubStatus);
    }

    [Fact]
    public async Task Should_fault_a_loop_without_a_blocking_activity_instead_of_hanging()
    {
        var harness = new WorkflowHarness(o => o.MaxActivityRunsPerStep = 50);
        var flow = new TestFlow().Line("a", "a").Line("b", "b").Connect("a", "b").Connect("b", "a");
        var state = await harness.StartAsync(harness.Add(flow.Build()));
        Assert.Equal(WorkflowSubStatus.Faulted, state.SubStatus);
        Assert.Contains("loop without a blocking activity", Assert.Single(state.Incidents).Message);
    }

    [Fact]
    public async Task Should_loop_through_a_blocking_activity_across_steps()
    {
        var flow = new TestFlow().Variable("N", "Int32", "0")
            .Add("wait", "Elsa.Event", ("eventName", Literal("Tick")))
            .Add("inc", "Elsa.SetVariable", ("variable", new JsonObject { ["id"] = "N", ["typeName"] = "Int32" }), ("value", Js("getN() + 1")))
            .Add("again", "Elsa.FlowDecision", ("condition", Js("getN() < 2")))
            .Connect("wait", "inc").Connect("inc", "again").Connect("again", "wait", "True");
        var state = await _harness.StartAsync(_harness.Add(flow.Build()), new StartWorkflowOptions { CorrelationId = "c" });
        await _harness.Runtime.TriggerEventAsync("Tick", "c");
        Assert.Single(_harness.Store.Instance(state.Id).Bookmarks);
        await _harness.Runtime.TriggerEventAsync("Tick", "c");
        state = _harness.Store.Instance(state.Id);
        Assert.Equal(2, state.Variables["N"]!.GetValue<int>());
        Assert.Equal(WorkflowStatus.Finished, state.Status);
    }
}
