using System.Text.Json;
using Visitation.Workflows.Definitions;
using Visitation.Workflows.Definitions.Serialization;
using Visitation.Workflows.Tests.Support;

namespace Visitation.Workflows.Tests.Definitions;

public sealed class DefinitionJsonConverterTests
{
    [Fact]
    public void Should_use_the_elsa3_shape_when_serialising_with_json_serializer()
    {
        // Arrange
        var definition = DefinitionSerializer.Read(Fixtures.Read("ImportAndExecute--implicit-loop.json"));

        // Act
        var json = JsonSerializer.Serialize(new { definition }, new JsonSerializerOptions(JsonSerializerDefaults.Web));
        var back = JsonSerializer.Deserialize<JsonElement>(json).GetProperty("definition").Deserialize<WorkflowDefinition>()!;

        // Assert
        Assert.Contains("\"source\":{\"activity\":", json);
        Assert.True(DefinitionSerializer.AreEquivalent(definition, back));
    }

    [Fact]
    public void Should_surface_the_format_error_when_deserialising_a_bad_definition()
    {
        // Arrange
        var json = """{ "id": "v", "definitionId": "d" }""";

        // Act
        var error = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<WorkflowDefinition>(json));

        // Assert
        var inner = Assert.IsType<DefinitionFormatException>(error.InnerException);
        Assert.Equal(("definition.missingRoot", "/root"), (inner.Code, inner.Path));
    }

    [Fact]
    public void Should_tell_definitions_apart_when_an_input_changes()
    {
        // Arrange
        var a = DefinitionSerializer.Read(Fixtures.Read("WorkflowCompletion--hello-world.json"));
        var b = DefinitionSerializer.Clone(a);

        // Act
        b.Root.Activities![0].Inputs["text"] = ActivityInput.Literal("Hej verden!", "String");

        // Assert
        Assert.True(DefinitionSerializer.AreEquivalent(a, DefinitionSerializer.Clone(a)));
        Assert.False(DefinitionSerializer.AreEquivalent(a, b));
    }
}
