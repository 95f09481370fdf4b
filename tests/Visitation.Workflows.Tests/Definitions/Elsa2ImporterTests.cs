using System.Text.Json.Nodes;
using Visitation.Workflows.Definitions;
using Visitation.Workflows.Definitions.Layout;
using Visitation.Workflows.Definitions.Serialization;
using Visitation.Workflows.Tests.Support;

namespace Visitation.Workflows.Tests.Definitions;

public sealed class Elsa2ImporterTests
{
    private const string FireProtocol = "SignalApi--fire-protocol.json";

    [Fact]
    public void Should_map_types_and_properties_when_importing_fire_protocol()
    {
        // Arrange
        var json = Fixtures.Read(FireProtocol);

        // Act
        var definition = DefinitionSerializer.Import(json).Definition;

        // Assert
        Assert.Equal("cd6b168f415e4a85a3497d7b8ae377ed", definition.DefinitionId);
        Assert.Equal("594123a8e04145b4a273d9338c2d7476", definition.Id);
        Assert.Equal(3, definition.Version);
        var activities = definition.Root.Activities!;
        Assert.Equal(
            ["Elsa.Event", "Elsa.WriteLine", "Elsa.FlowFork", "Elsa.Timer", "Elsa.WriteLine", "Elsa.Finish", "Elsa.WriteLine", "Elsa.Event"],
            activities.Select(a => a.Type));
        Assert.Equal("Fire", activities[0].GetInput("eventName")!.Expression!.ValueAsString());
        Assert.False(activities[0].Inputs.ContainsKey("scope"));
        Assert.Equal(ExpressionTypes.Liquid, activities[1].GetInput("text")!.Expression!.Type);
        var branches = activities[2].GetInput("branches")!.Expression!;
        Assert.Equal(ExpressionTypes.Object, branches.Type);
        Assert.Equal(["Timeout", "Extinguish"], branches.ParseJsonValue()!.AsArray().Select(n => n!.GetValue<string>()));
        Assert.Equal("Duration.FromSeconds(10)", activities[3].GetInput("interval")!.Expression!.ValueAsString());
        Assert.Equal("Signal Received", activities[0].Metadata.Extensions["displayText"]!.GetValue<string>());
    }

    [Fact]
    public void Should_keep_connections_and_outcomes_when_importing_fire_protocol()
    {
        // Arrange
        var json = Fixtures.Read(FireProtocol);

        // Act
        var connections = DefinitionSerializer.Import(json).Definition.Root.Connections!;

        // Assert
        Assert.Equal(9, connections.Count);
        Assert.Contains(connections, c => c.Source == new ConnectionEndpoint("8f27a5df-4c9f-49d2-a257-238213971530", "Timeout"));
        Assert.All(connections, c => Assert.Equal("In", c.Target.Port));
    }

    [Theory]
    [MemberData(nameof(Fixtures.Elsa2Names), MemberType = typeof(Fixtures))]
    public void Should_put_no_two_activities_on_the_same_spot_when_laying_out(string file)
    {
        // Arrange
        var json = Fixtures.Read(file);

        // Act
        var positions = DefinitionSerializer.Import(json).Definition.Root.Activities!
            .Select(a => a.Metadata.Designer!.Position!.Value).ToList();

        // Assert
        Assert.Equal(positions.Count, positions.Distinct().Count());
    }

    [Theory]
    [MemberData(nameof(Fixtures.Elsa2Names), MemberType = typeof(Fixtures))]
    public void Should_order_layers_along_the_connections_when_laying_out_left_to_right(string file)
    {
        // Arrange
        var definition = DefinitionSerializer.Import(Fixtures.Read(file)).Definition;
        var x = definition.Root.Activities!.ToDictionary(a => a.Id, a => a.Metadata.Designer!.Position!.Value.X);

        // Act
        var edges = definition.Root.Connections!.Where(c => c.Source.Activity != c.Target.Activity).ToList();

        // Assert
        Assert.All(edges, c => Assert.True(x[c.Source.Activity] < x[c.Target.Activity], $"{c} goes backwards"));
    }

    [Fact]
    public void Should_order_layers_top_to_bottom_and_ignore_back_edges_when_the_graph_has_a_loop()
    {
        // Arrange
        var flowchart = new ActivityNode
        {
            Id = "f", Type = WellKnownActivityTypes.Flowchart,
            Activities = new[] { "a", "b", "c", "d", "e" }.Select(id => new ActivityNode { Id = id, Type = "Elsa.WriteLine" }).ToList(),
            Connections = [new("a", "Done", "b"), new("b", "Done", "c"), new("c", "Done", "b"), new("a", "Done", "d"), new("d", "Done", "c"), new("c", "Done", "e")],
        };

        // Act
        LayeredLayout.Apply(flowchart, new LayoutOptions { Direction = LayoutDirection.TopToBottom });

        // Assert
        var y = flowchart.Activities!.ToDictionary(a => a.Id, a => a.Metadata.Designer!.Position!.Value.Y);
        Assert.True(y["a"] < y["b"] && y["a"] < y["d"]);
        Assert.True(y["b"] < y["c"] && y["d"] < y["c"], "longest path puts c below both b and d");
        Assert.True(y["c"] < y["e"]);
        Assert.Equal(y["b"], y["d"]);
        Assert.Equal(5, flowchart.Activities!.Select(a => a.Metadata.Designer!.Position).Distinct().Count());
    }

    [Fact]
    public void Should_reduce_crossings_when_ordering_by_barycentre()
    {
        // Arrange: a1 -> b2 and a2 -> b1 in file order would cross.
        var flowchart = new ActivityNode
        {
            Id = "f", Type = WellKnownActivityTypes.Flowchart,
            Activities = new[] { "s", "a1", "a2", "b1", "b2" }.Select(id => new ActivityNode { Id = id, Type = "Elsa.WriteLine" }).ToList(),
            Connections = [new("s", "Done", "a1"), new("s", "Done", "a2"), new("a1", "Done", "b2"), new("a2", "Done", "b1")],
        };

        // Act
        var layers = LayeredLayout.ComputeLayers(flowchart.Activities!, flowchart.Connections!);

        // Assert
        var order = layers.Select(l => l.Select(a => a.Id).ToList()).ToList();
        Assert.Equal(3, order.Count);
        Assert.Equal(order[1].IndexOf("a1") < order[1].IndexOf("a2"), order[2].IndexOf("b2") < order[2].IndexOf("b1"));
    }

    [Fact]
    public void Should_read_the_early_format_when_collections_are_wrapped_in_values()
    {
        // Arrange
        var json = Fixtures.Read("Core.IntegrationTests--hello-world-workflow.json");

        // Act
        var result = DefinitionSerializer.Import(json);

        // Assert
        Assert.Equal(DefinitionFormat.Elsa2, result.Format);
        Assert.Equal("SampleWorkflow", result.Definition.DefinitionId);
        var writeLine = Assert.Single(result.Definition.Root.Activities!);
        Assert.Equal(WellKnownActivityTypes.WriteLine, writeLine.Type);
        Assert.Equal(ExpressionTypes.Liquid, writeLine.GetInput("text")!.Expression!.Type);
        Assert.Equal("Hello World!", writeLine.GetInput("text")!.Expression!.ValueAsString());
    }

    [Fact]
    public void Should_keep_unknown_types_with_their_elsa2_name()
    {
        // Arrange
        var json = Fixtures.Read("ExtendHttpEndpoint--workflow-definition-custom-http-endpoint.json");

        // Act
        var definition = DefinitionSerializer.Import(json).Definition;

        // Assert
        Assert.Equal(["WriteHttpResponse", "TestReceiveRequest"], definition.Root.Activities!.Select(a => a.Type));
        Assert.Equal("0b272519e8ba49478e1987cafac2b227", definition.DefinitionId);
        Assert.Equal("JSON.stringify(input)", definition.Root.Activities![0].GetInput("content")!.Expression!.ValueAsString());
    }

    [Fact]
    public void Should_accept_elsa1_destination_ids_positions_and_variables()
    {
        // Arrange
        var json = """
            { "definitionId": "doc", "variables": { "data": { "Approved": false } },
              "activities": [
                { "id": "a", "type": "SetVariable", "left": 10, "top": 20, "state": { "VariableName": { "expression": "Approved", "syntax": "Literal" }, "Value": { "expression": "true", "syntax": "JavaScript" } } },
                { "id": "b", "type": "If", "left": 300, "top": 20, "state": { "Condition": { "expression": "Approved", "syntax": "JavaScript" } } } ],
              "connections": [ { "sourceActivityId": "a", "destinationActivityId": "b", "outcome": "Done" } ] }
            """;

        // Act
        var definition = DefinitionSerializer.Import(json).Definition;

        // Assert
        var (set, decision) = (definition.Root.Activities![0], definition.Root.Activities![1]);
        Assert.Equal(new DesignerPoint(10, 20), set.Metadata.Designer!.Position);
        Assert.Equal("Approved", set.GetInput("variable")!.RawValue!["id"]!.GetValue<string>());
        Assert.Equal(ExpressionTypes.JavaScript, set.GetInput("value")!.Expression!.Type);
        Assert.Equal(WellKnownActivityTypes.FlowDecision, decision.Type);
        Assert.Equal(new ConnectionEndpoint("b", "In"), definition.Root.Connections!.Single().Target);
        Assert.Equal(("Approved", "Boolean", "false"), (definition.Variables[0].Name, definition.Variables[0].TypeName, definition.Variables[0].Value));
        Assert.Null(JsonNode.Parse(DefinitionSerializer.Write(definition))!["root"]!["activities"]![0]!["state"]);
    }
}
