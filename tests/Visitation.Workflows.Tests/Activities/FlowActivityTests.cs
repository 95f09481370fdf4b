using System.Text.Json.Nodes;
using Visitation.Workflows.Execution;
using Visitation.Workflows.Tests.Execution;
using static Visitation.Workflows.Tests.Execution.TestFlow;

namespace Visitation.Workflows.Tests.Activities;

public class FlowActivityTests
{
    readonly WorkflowHarness _harness = new();

    Task<WorkflowState> RunAsync(TestFlow flow, StartWorkflowOptions? options = null) =>
        _harness.RunUntilEndAsync(_harness.Add(flow.Build()), options);

    [Fact]
    public async Task Should_write_lines_to_the_journal_as_messages()
    {
        // Arrange
        var flow = new TestFlow().Add("s", "Elsa.Start").Line("a", "Hej").Connect("s", "a");
        // Act
        var state = await RunAsync(flow);
        // Assert
        Assert.Equal(["Hej"], _harness.Lines);
        var entry = _harness.Store.Journal.Single(j => j.ActivityId == "a" && j.Event == JournalEvent.Completed);
        Assert.Equal("Done", entry.Outcome);
        Assert.Equal(WorkflowSubStatus.Finished, state.SubStatus);
        Assert.Equal([JournalEvent.Started, JournalEvent.Completed, JournalEvent.Started, JournalEvent.Completed],
            _harness.Store.Journal.Select(j => j.Event));
    }

    [Theory]
    [InlineData("true", "yes")]
    [InlineData("getAge() >= 18", "yes")]
    [InlineData("getAge() < 18", "no")]
    [InlineData("''", "no")]
    public async Task Should_take_the_port_of_a_javascript_decision(string condition, string expected)
    {
        var flow = new TestFlow().Variable("Age", "Int32", "20")
            .Add("d", "Elsa.FlowDecision", ("condition", Js(condition)))
            .Line("yes", "yes").Line("no", "no")
            .Connect("d", "yes", "True").Connect("d", "no", "False");
        await RunAsync(flow);
        Assert.Equal([expected], _harness.Lines);
    }

    [Fact]
    public async Task Should_take_the_first_matching_switch_case_or_default()
    {
        var cases = JsonNode.Parse("""[{"label":"Low","condition":{"type":"JavaScript","value":"getScore() < 5"}},{"label":"Any","condition":{"type":"JavaScript","value":"true"}}]""");
        TestFlow Flow(string score, string mode) => new TestFlow().Variable("Score", "Int32", score)
            .Add("sw", "Elsa.FlowSwitch", ("cases", cases!.DeepClone()), ("mode", Literal(mode)))
            .Line("low", "Low").Line("any", "Any").Line("def", "Default")
            .Connect("sw", "low", "Low").Connect("sw", "any", "Any").Connect("sw", "def", "Default");

        await RunAsync(Flow("3", "MatchFirst"));
        Assert.Equal(["Low"], _harness.Lines);

        var any = new WorkflowHarness();
        await any.RunUntilEndAsync(any.Add(Flow("3", "MatchAny").Build()));
        Assert.Equal(["Low", "Any"], any.Lines);
    }

    [Fact]
    public async Task Should_take_the_default_port_when_no_case_matches()
    {
        var flow = new TestFlow()
            .Add("sw", "Elsa.FlowSwitch", ("cases", JsonNode.Parse("""[{"label":"X","condition":{"type":"Literal","value":false}}]""")))
            .Line("x", "X").Line("def", "Default").Connect("sw", "x", "X").Connect("sw", "def", "Default");
        await RunAsync(flow);
        Assert.Equal(["Default"], _harness.Lines);
    }

    [Fact]
    public async Task Should_set_variables_by_id_converting_to_the_declared_type()
    {
        var flow = new TestFlow().Variable("Counter", "Int32", "1")
            .Add("set", "Elsa.SetVariable",
                ("variable", new JsonObject { ["id"] = "Counter", ["name"] = "Counter", ["typeName"] = "Int32" }),
                ("value", Js("String(getCounter() + 41)")));
        var state = await RunAsync(flow);
        Assert.Equal(42, state.Variables["Counter"]!.GetValue<int>());
    }

    [Fact]
    public async Task Should_set_workflow_outputs()
    {
        var flow = new TestFlow().Output("Answer")
            .Add("o", "Elsa.SetOutput", ("outputName", Literal("Answer")), ("outputValue", Obj("{\"value\":42}")));
        var state = await RunAsync(flow);
        Assert.Equal(42, state.Output["Answer"]!["value"]!.GetValue<int>());
    }

    [Fact]
    public async Task Should_end_only_its_path_at_End_but_everything_at_Finish()
    {
        var flow = new TestFlow().Add("f", "Elsa.FlowFork", ("branches", Obj("[\"A\",\"B\"]")))
            .Add("wait", "Elsa.Event", ("eventName", Literal("Never")))
            .Add("end", "Elsa.End")
            .Connect("f", "wait", "A").Connect("f", "end", "B");
        var state = await _harness.StartAsync(_harness.Add(flow.Build()));
        Assert.Equal(WorkflowStatus.Running, state.Status); // End did not stop the waiting branch
        Assert.Single(state.Bookmarks);

        var finishing = new WorkflowHarness();
        var finish = new TestFlow().Add("f", "Elsa.FlowFork", ("branches", Obj("[\"A\",\"B\"]")))
            .Add("wait", "Elsa.Event", ("eventName", Literal("Never")))
            .Add("fin", "Elsa.Finish")
            .Connect("f", "wait", "A").Connect("f", "fin", "B");
        var finished = await finishing.StartAsync(finishing.Add(finish.Build()));
        Assert.Equal(WorkflowSubStatus.Finished, finished.SubStatus);
        Assert.Empty(finished.Bookmarks);
        Assert.Empty(finishing.Store.Bookmarks);
        Assert.Contains(finishing.Store.Journal, j => j.ActivityId == "wait" && j.Event == JournalEvent.Cancelled);
    }

    [Fact]
    public async Task Should_run_a_sequence_in_array_order()
    {
        var flow = new TestFlow(root: "Elsa.Sequence").Line("1", "one").Line("2", "two").Line("3", "three");
        var state = await RunAsync(flow);
        Assert.Equal(["one", "two", "three"], _harness.Lines);
        Assert.Equal(WorkflowSubStatus.Finished, state.SubStatus);
    }

    [Fact]
    public async Task Should_read_workflow_input_in_scripts()
    {
        var flow = new TestFlow().Add("w", "Elsa.WriteLine", ("text", Js("`Sag ${getInput('CaseNo')} / ${getCorrelationId()}`")));
        await RunAsync(flow, new StartWorkflowOptions { CorrelationId = "sag-7", Input = new() { ["CaseNo"] = 7 } });
        Assert.Equal(["Sag 7 / sag-7"], _harness.Lines);
    }
}
