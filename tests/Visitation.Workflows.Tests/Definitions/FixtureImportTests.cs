using Visitation.Workflows.Definitions;
using Visitation.Workflows.Definitions.Serialization;
using Visitation.Workflows.Tests.Support;

namespace Visitation.Workflows.Tests.Definitions;

public sealed class FixtureImportTests
{
    [Theory]
    [MemberData(nameof(Fixtures.Elsa3Names), MemberType = typeof(Fixtures))]
    public void Should_import_as_elsa3_when_reading_an_elsa3_fixture(string file)
    {
        // Arrange
        var json = Fixtures.Read(file);

        // Act
        var result = DefinitionSerializer.Import(json);

        // Assert
        Assert.Equal(DefinitionFormat.Elsa3, result.Format);
        Assert.Contains(result.Definition.Root.Type, new[] { WellKnownActivityTypes.Flowchart, WellKnownActivityTypes.Sequence });
        Assert.NotEmpty(result.Definition.Root.Activities!);
        var original = System.Text.Json.Nodes.JsonNode.Parse(json)!;
        Assert.Equal(original["definitionId"]!.GetValue<string>(), result.Definition.DefinitionId);
    }

    [Theory]
    [MemberData(nameof(Fixtures.Elsa2Names), MemberType = typeof(Fixtures))]
    public void Should_import_as_elsa2_when_reading_an_elsa2_fixture(string file)
    {
        // Arrange
        var json = Fixtures.Read(file);

        // Act
        var result = DefinitionSerializer.Import(json);

        // Assert
        Assert.Equal(DefinitionFormat.Elsa2, result.Format);
        Assert.Equal(WellKnownActivityTypes.Flowchart, result.Definition.Root.Type);
        Assert.NotEmpty(result.Definition.Root.Activities!);
        Assert.All(result.Definition.Root.Activities!, a => Assert.NotNull(a.Metadata.Designer?.Position));
    }

    [Theory]
    [MemberData(nameof(Fixtures.AllNames), MemberType = typeof(Fixtures))]
    public void Should_give_an_equal_definition_when_reading_what_was_written(string file)
    {
        // Arrange
        var first = DefinitionSerializer.Import(Fixtures.Read(file)).Definition;

        // Act
        var written = DefinitionSerializer.Write(first);
        var second = DefinitionSerializer.Read(written);

        // Assert
        DefinitionAssert.Equal(first, second);
    }

    [Theory]
    [MemberData(nameof(Fixtures.AllNames), MemberType = typeof(Fixtures))]
    public void Should_write_identical_bytes_when_writing_what_was_read_back(string file)
    {
        // Arrange
        var first = DefinitionSerializer.Write(DefinitionSerializer.Import(Fixtures.Read(file)).Definition);

        // Act
        var second = DefinitionSerializer.Write(DefinitionSerializer.Read(first));

        // Assert
        Assert.Equal(first, second);
    }
}
