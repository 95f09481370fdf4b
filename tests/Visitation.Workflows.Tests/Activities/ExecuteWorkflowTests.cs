using System.Text.Json.Nodes;
using Visitation.Workflows.Execution;
using Visitation.Workflows.Tests.Execution;
using static Visitation.Workflows.Tests.Execution.TestFlow;

namespace Visitation.Workflows.Tests.Activities;

public class ExecuteWorkflowTests
{
    readonly WorkflowHarness _harness = new();

    [Fact]
    public async Task Should_resume_the_parent_only_when_a_waiting_child_finishes()
    {
        // Arrange: the child waits for an event, then sets an output from it.
        _harness.Add(new TestFlow("child").Variable("Payload").Output("Decision")
            .Add("e", "Elsa.Event", ("eventName", Literal("Afgoerelse")), ("result", new JsonObject { ["memoryReference"] = new JsonObject { ["id"] = "Payload" } }))
            .Add("o", "Elsa.SetOutput", ("outputName", Literal("Decision")), ("outputValue", Js("getPayload().udfald")))
            .Connect("e", "o").Build());
        var parent = _harness.Add(new TestFlow("parent").Variable("Child")
            .Add("run", "Elsa.ExecuteWorkflow", ("workflowDefinitionId", Literal("child")), ("waitForCompletion", Literal(true)),
                ("result", new JsonObject { ["memoryReference"] = new JsonObject { ["id"] = "Child" } }))
            .Add("w", "Elsa.WriteLine", ("text", Js("'Udfald: ' + getChild().output.Decision")))
            .Connect("run", "w").Build());

        // Act
        var state = await _harness.StartAsync(parent, new StartWorkflowOptions { CorrelationId = "sag-3" });
        var child = _harness.Store.Instances.Single(i => i.DefinitionId == "child");
        Assert.Equal(WorkflowSubStatus.Suspended, _harness.Store.Instance(state.Id).SubStatus);
        Assert.Equal("sag-3", child.CorrelationId); // inherited: the correlation id is the case id
        await _harness.Runtime.TriggerEventAsync("Afgoerelse", "sag-3", new JsonObject { ["udfald"] = "Bevilget" });

        // Assert
        state = _harness.Store.Instance(state.Id);
        Assert.Equal(WorkflowStatus.Finished, state.Status);
        Assert.Equal(["Udfald: Bevilget"], _harness.Lines);
        Assert.Equal(child.Id, state.Variables["Child"]!["workflowInstanceId"]!.GetValue<string>());
        Assert.Equal("Finished", state.Variables["Child"]!["subStatus"]!.GetValue<string>());
    }

    [Fact]
    public async Task Should_keep_the_parent_waiting_while_the_child_is_faulted()
    {
        _harness.Add(new TestFlow("broken").Add("x", "Elsa.WriteLine", ("text", Js("nope()"))).Build());
        var parent = _harness.Add(new TestFlow("parent").Add("run", "Elsa.ExecuteWorkflow", ("workflowDefinitionId", Literal("broken"))).Build());

        var state = await _harness.StartAsync(parent);

        Assert.Equal(WorkflowSubStatus.Suspended, state.SubStatus);
        Assert.Single(state.Bookmarks);
        Assert.Equal(WorkflowSubStatus.Faulted, _harness.Store.Instances.Single(i => i.DefinitionId == "broken").SubStatus);
    }
}

public class ExecuteWorkflowMissingChildTests
{
    [Fact]
    public async Task Should_fault_the_parent_activity_when_the_child_definition_does_not_exist()
    {
        var harness = new WorkflowHarness();
        var parent = harness.Add(new TestFlow("parent").Add("run", "Elsa.ExecuteWorkflow", ("workflowDefinitionId", Literal("nowhere"))).Build());

        var state = await harness.StartAsync(parent);

        state = harness.Store.Instance(state.Id);
        Assert.Equal(WorkflowSubStatus.Faulted, state.SubStatus);
        Assert.Contains("'nowhere' was not found", Assert.Single(state.Incidents).Message);
        Assert.Empty(state.Bookmarks);
    }
}
