using System.Text.Json.Nodes;
using Visitation.Workflows.Execution;

namespace Visitation.Workflows.Tests.Execution;

public class NestedContainerTests
{
    readonly WorkflowHarness _harness = new();

    static JsonObject Line(string id, string text) => new()
    {
        ["id"] = id, ["type"] = "Elsa.WriteLine", ["version"] = 1,
        ["text"] = new JsonObject { ["typeName"] = "String", ["expression"] = new JsonObject { ["type"] = "Literal", ["value"] = text } },
    };

    static JsonObject Connection(string source, string target, string port = "Done") => new()
    {
        ["source"] = new JsonObject { ["activity"] = source, ["port"] = port },
        ["target"] = new JsonObject { ["activity"] = target, ["port"] = "In" },
    };

    static string Definition(JsonArray activities, JsonArray connections) => new JsonObject
    {
        ["id"] = "nested-v1", ["definitionId"] = "nested", ["version"] = 1, ["isLatest"] = true, ["isPublished"] = true,
        ["root"] = new JsonObject { ["id"] = "root", ["type"] = "Elsa.Flowchart", ["version"] = 1, ["activities"] = activities, ["connections"] = connections },
    }.ToJsonString();

    [Fact]
    public async Task Should_run_a_nested_sequence_as_one_step_of_the_flowchart()
    {
        var sequence = new JsonObject { ["id"] = "seq", ["type"] = "Elsa.Sequence", ["version"] = 1, ["activities"] = new JsonArray(Line("s1", "inner 1"), Line("s2", "inner 2")) };
        var json = Definition(new JsonArray(Line("before", "before"), sequence, Line("after", "after")),
            new JsonArray(Connection("before", "seq"), Connection("seq", "after")));

        var state = await _harness.RunUntilEndAsync(_harness.Add(json));

        Assert.Equal(["before", "inner 1", "inner 2", "after"], _harness.Lines);
        Assert.Equal(WorkflowSubStatus.Finished, state.SubStatus);
        Assert.Equal("Done", _harness.Store.Journal.Single(j => j.ActivityId == "seq" && j.Event == JournalEvent.Completed).Outcome);
    }

    [Fact]
    public async Task Should_complete_a_nested_flowchart_only_after_its_blocking_activity_resumes()
    {
        var inner = new JsonObject
        {
            ["id"] = "inner", ["type"] = "Elsa.Flowchart", ["version"] = 1,
            ["activities"] = new JsonArray(
                JsonNode.Parse("""{"id":"wait","type":"Elsa.Event","version":1,"eventName":{"typeName":"String","expression":{"type":"Literal","value":"Go"}}}"""),
                Line("i1", "inside")),
            ["connections"] = new JsonArray(Connection("wait", "i1")),
        };
        var json = Definition(new JsonArray(inner, Line("after", "after")), new JsonArray(Connection("inner", "after")));
        var state = await _harness.StartAsync(_harness.Add(json), new StartWorkflowOptions { CorrelationId = "c" });
        Assert.Empty(_harness.Lines);
        Assert.Equal(WorkflowSubStatus.Suspended, state.SubStatus);

        await _harness.Runtime.TriggerEventAsync("Go", "c");

        Assert.Equal(["inside", "after"], _harness.Lines);
        Assert.Equal(WorkflowStatus.Finished, _harness.Store.Instance(state.Id).Status);
    }
}
