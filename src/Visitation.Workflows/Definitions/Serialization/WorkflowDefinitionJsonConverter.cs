using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace Visitation.Workflows.Definitions.Serialization;

/// <summary>
/// Lets <see cref="JsonSerializer"/> (and ASP.NET Core binding) read and write a <see cref="WorkflowDefinition"/>
/// through <see cref="Elsa3Reader"/> and <see cref="Elsa3Writer"/>, so the wire format is always the Elsa 3 shape.
/// </summary>
/// <remarks>
/// Reading accepts Elsa 3 only (use <see cref="DefinitionSerializer.Import(string)"/> for Elsa 2). A
/// malformed definition becomes a <see cref="JsonException"/> whose inner exception is the
/// <see cref="DefinitionFormatException"/> with its code and path.
/// </remarks>
public sealed class WorkflowDefinitionJsonConverter : JsonConverter<WorkflowDefinition>
{
    public override WorkflowDefinition Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (JsonNode.Parse(ref reader) is not JsonObject json)
            throw new JsonException("A workflow definition must be a JSON object.");
        try
        {
            return Elsa3Reader.Read(json);
        }
        catch (DefinitionFormatException e)
        {
            throw new JsonException(e.Message, e.Path, null, null, e);
        }
    }

    public override void Write(Utf8JsonWriter writer, WorkflowDefinition value, JsonSerializerOptions options) =>
        Elsa3Writer.ToJson(value).WriteTo(writer);
}
