using Visitation.Workflows.Definitions.Serialization;

namespace Visitation.Workflows.Tests.Definitions;

public sealed class DefinitionFormatTests
{
    [Fact]
    public void Should_reject_with_a_clear_error_when_the_json_is_neither_elsa2_nor_elsa3()
    {
        // Arrange
        var json = """{ "hello": "world" }""";

        // Act
        var error = Assert.Throws<DefinitionFormatException>(() => DefinitionSerializer.Import(json));

        // Assert
        Assert.Equal("definition.unknownFormat", error.Code);
        Assert.Contains("neither an Elsa 3", error.Message);
    }

    [Theory]
    [InlineData("not json")]
    [InlineData("[1, 2]")]
    public void Should_reject_when_the_text_is_not_a_json_object(string text)
    {
        // Act
        var error = Assert.Throws<DefinitionFormatException>(() => DefinitionSerializer.Import(text));

        // Assert
        Assert.Contains(error.Code, new[] { "definition.invalidJson", "definition.notAnObject" });
    }

    [Fact]
    public void Should_name_the_path_when_an_activity_has_no_type()
    {
        // Arrange
        var json = """{ "id": "v", "definitionId": "d", "root": { "id": "f", "type": "Elsa.Flowchart", "activities": [ { "id": "x" } ] } }""";

        // Act
        var error = Assert.Throws<DefinitionFormatException>(() => DefinitionSerializer.Import(json));

        // Assert
        Assert.Equal("activity.missingType", error.Code);
        Assert.Equal("/root/activities/0/type", error.Path);
    }
}
