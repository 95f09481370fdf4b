using System.Text.Json.Nodes;
using Visitation.Workflows.Definitions;
using Visitation.Workflows.Definitions.Serialization;
using Visitation.Workflows.Tests.Support;

namespace Visitation.Workflows.Tests.Definitions;

public sealed class Elsa3ReaderTests
{
    private const string NestedConnections = """
        [
          { "source": { "activity": "a", "port": "Done" }, "target": { "activity": "b", "port": "In" }, "vertices": [] },
          { "source": { "activity": "b", "port": "True" }, "target": { "activity": "c", "port": "In" } }
        ]
        """;

    private const string FlatConnections = """
        [
          { "source": "a", "target": "b", "sourcePort": "Done", "targetPort": "In" },
          { "source": "b", "target": "c", "sourcePort": "True", "targetPort": "In" }
        ]
        """;

    [Fact]
    public void Should_give_the_same_graph_when_connections_are_nested_or_flat()
    {
        // Arrange
        var nested = Definition(NestedConnections);
        var flat = Definition(FlatConnections);

        // Act
        var nestedEdges = nested.Root.Connections!.Select(c => (c.Source, c.Target)).ToList();
        var flatEdges = flat.Root.Connections!.Select(c => (c.Source, c.Target)).ToList();

        // Assert
        Assert.Equal(nestedEdges, flatEdges);
        Assert.Equal(new ConnectionEndpoint("b", "True"), flat.Root.Connections![1].Source);
        Assert.Equal(new ConnectionEndpoint("c", "In"), flat.Root.Connections![1].Target);
    }

    [Fact]
    public void Should_write_nested_connections_when_read_from_the_flat_style()
    {
        // Arrange
        var flat = Definition(FlatConnections);

        // Act
        var json = DefinitionSerializer.ToJson(flat);

        // Assert
        var first = json["root"]!["connections"]![0]!;
        Assert.Equal("a", first["source"]!["activity"]!.GetValue<string>());
        Assert.Equal("Done", first["source"]!["port"]!.GetValue<string>());
        Assert.Equal("In", first["target"]!["port"]!.GetValue<string>());
        Assert.Null(first["sourcePort"]);
    }

    [Theory]
    [InlineData("""{ "canStartWorkflow": true, "runAsynchronously": true }""", "{}")]
    [InlineData("""{ "CanStartWorkflow": true, "RunAsynchronously": true }""", "{}")]
    [InlineData("{}", """{ "canStartWorkflow": true, "runAsynchronously": true }""")]
    [InlineData("{}", """{ "CanStartWorkflow": true, "RunAsynchronously": true }""")]
    public void Should_read_the_trigger_flags_when_they_sit_at_top_level_or_under_customProperties(string topLevel, string customProperties)
    {
        // Arrange
        var activity = JsonNode.Parse(topLevel)!.AsObject();
        activity["id"] = "t";
        activity["type"] = "Elsa.Timer";
        activity["customProperties"] = JsonNode.Parse(customProperties);

        // Act
        var node = Elsa3Reader.ReadActivity(activity, "/root/activities/0");

        // Assert
        Assert.True(node.CanStartWorkflow);
        Assert.True(node.RunAsynchronously);
        Assert.Empty(node.CustomProperties);
        Assert.Empty(node.Inputs);
    }

    [Fact]
    public void Should_keep_null_inputs_and_null_names_when_reading_the_implicit_join_fixture()
    {
        // Arrange
        var definition = DefinitionSerializer.Read(Fixtures.Read("ImplicitJoins--join.json"));

        // Act
        var nullText = definition.AllActivities().Where(a => a.Type == WellKnownActivityTypes.WriteLine && a.Inputs.ContainsKey("text") && a.Inputs["text"] is null);

        // Assert
        Assert.NotEmpty(nullText);
        var written = DefinitionSerializer.ToJson(definition);
        Assert.Contains(written["root"]!["activities"]!.AsArray(), a => a!.AsObject().TryGetPropertyValue("text", out var t) && t is null);
    }

    [Fact]
    public void Should_read_literal_booleans_numbers_and_object_strings_when_present()
    {
        // Arrange
        var capture = DefinitionSerializer.Read(Fixtures.Read("ExecuteWorkflow--parent-capture-output.json"));
        var output = DefinitionSerializer.Read(Fixtures.Read("ExecuteWorkflow--child-with-output.json"));
        var fork = DefinitionSerializer.Read(Fixtures.Read("WorkflowCompletion--fork.json"));

        // Act
        var wait = capture.FindActivity("ExecuteWorkflow1")!.GetInput("waitForCompletion")!.Expression!;
        var result = capture.FindActivity("ExecuteWorkflow1")!.GetInput("result")!;
        var number = output.FindActivity("SetOutput1")!.GetInput("outputValue")!.Expression!;
        var branches = fork.AllActivities().Single(a => a.Type == WellKnownActivityTypes.FlowFork).GetInput("branches")!.Expression!;

        // Assert
        Assert.Equal("true", wait.ValueAsString());
        Assert.Equal(System.Text.Json.JsonValueKind.True, wait.Value!.GetValueKind());
        Assert.True(result.IsOutputBinding);
        Assert.Equal("ChildResult", result.MemoryReference);
        Assert.Equal(42, number.Value!.GetValue<int>());
        Assert.Equal(ExpressionTypes.Object, branches.Type);
        Assert.Equal(["One", "Two", "Three"], branches.ParseJsonValue()!.AsArray().Select(n => n!.GetValue<string>()));
    }

    [Fact]
    public void Should_read_variable_values_as_strings_and_both_driver_member_names()
    {
        // Arrange
        var loop = DefinitionSerializer.Read(Fixtures.Read("ImportAndExecute--implicit-loop.json"));
        var capture = DefinitionSerializer.Read(Fixtures.Read("ExecuteWorkflow--parent-capture-output.json"));

        // Act
        var counter = loop.Variables.Single();
        var childResult = capture.Variables.Single();

        // Assert
        Assert.Equal(("Counter", "Int32", "0"), (counter.Name, counter.TypeName, counter.Value));
        Assert.Null(childResult.Value);
        Assert.Equal("Elsa.Workflows.Services.WorkflowStorageDriver, Elsa.Workflows.Core", childResult.StorageDriverTypeName);
    }

    [Fact]
    public void Should_keep_legacy_delay_inputs_and_flowchart_extras_when_exporting()
    {
        // Arrange
        var definition = DefinitionSerializer.Read(Fixtures.Read("FlowchartCompletion--workflow3.json"));

        // Act
        var written = DefinitionSerializer.ToJson(definition);

        // Assert
        var delay = written["root"]!["activities"]!.AsArray().Single(a => a!["id"]!.GetValue<string>() == "Delay1")!;
        Assert.Equal("NonBlocking", delay["strategy"]!["expression"]!["value"]!.GetValue<string>());
        Assert.Equal("00:00:05", delay["autoBlockingThreshold"]!["expression"]!["value"]!.GetValue<string>());
        Assert.Equal("Delay1:input-1", delay["timeSpan"]!["memoryReference"]!["id"]!.GetValue<string>());
        Assert.True(delay.AsObject().ContainsKey("source"));
        Assert.NotNull(written["root"]!["applicationProperties"]);
        Assert.Equal("WriteLine1", written["root"]!["start"]!.GetValue<string>());
    }

    [Fact]
    public void Should_read_a_sequence_root_when_the_definition_uses_one()
    {
        // Arrange
        var json = Fixtures.Read("ExecuteWorkflow--parent-no-wait.json");

        // Act
        var definition = DefinitionSerializer.Read(json);

        // Assert
        Assert.Equal(WellKnownActivityTypes.Sequence, definition.Root.Type);
        Assert.Null(definition.Root.Connections);
        Assert.Equal(3, definition.Root.Activities!.Count);
    }

    [Fact]
    public void Should_read_a_minimal_definition_when_most_members_are_absent()
    {
        // Arrange
        var json = Fixtures.Read("WorkflowCompletion--hello-world.json");

        // Act
        var definition = DefinitionSerializer.Read(json);

        // Assert
        Assert.Equal(1, definition.Version);
        Assert.Empty(definition.Variables);
        Assert.Null(definition.Options);
        Assert.Equal("Hello World!", definition.Root.Activities!.Single().GetInput("text")!.Expression!.ValueAsString());
    }

    [Fact]
    public void Should_keep_unknown_members_when_exporting()
    {
        // Arrange
        var json = """
            { "id": "v1", "definitionId": "d1", "isReadonly": false, "futureThing": { "a": 1 },
              "root": { "id": "f", "type": "Elsa.Flowchart", "activities": [
                { "id": "w", "type": "Elsa.WriteLine", "text": { "typeName": "String", "expression": { "type": "Literal", "value": "Hej æøå" }, "extra": 7 },
                  "customProperties": { "VariableTestValues": {} }, "metadata": { "designer": { "position": { "x": 1.5, "y": -2 }, "collapsed": true }, "note": "n" } } ],
                "connections": [] } }
            """;

        // Act
        var written = DefinitionSerializer.Write(DefinitionSerializer.Read(json));

        // Assert
        var node = JsonNode.Parse(written)!;
        Assert.Equal(1, node["futureThing"]!["a"]!.GetValue<int>());
        Assert.False(node["isReadonly"]!.GetValue<bool>());
        var activity = node["root"]!["activities"]![0]!;
        Assert.Equal(7, activity["text"]!["extra"]!.GetValue<int>());
        Assert.NotNull(activity["customProperties"]!["VariableTestValues"]);
        Assert.True(activity["metadata"]!["designer"]!["collapsed"]!.GetValue<bool>());
        Assert.Equal("n", activity["metadata"]!["note"]!.GetValue<string>());
        Assert.Contains("Hej æøå", written);
    }

    private static WorkflowDefinition Definition(string connections) => DefinitionSerializer.Read($$"""
        { "id": "v1", "definitionId": "d1", "root": { "id": "f", "type": "Elsa.Flowchart",
          "activities": [ { "id": "a", "type": "Elsa.Start" }, { "id": "b", "type": "Elsa.FlowDecision" }, { "id": "c", "type": "Elsa.End" } ],
          "connections": {{connections}} } }
        """);
}
