using System.Text.Json;
using System.Text.Json.Nodes;

namespace Visitation.Workflows.Definitions.Serialization;

/// <summary>The definition formats the importer recognises.</summary>
public enum DefinitionFormat
{
    Elsa3,
    Elsa2,
}

/// <summary>An imported definition and the format it came from.</summary>
public sealed record ImportResult(WorkflowDefinition Definition, DefinitionFormat Format);

/// <summary>Entry point for reading, importing and writing definitions.</summary>
/// <remarks>
/// <see cref="Import(string)"/> accepts Elsa 3 and Elsa 2 (and the early Elsa 2 / Elsa 1 shapes) and keeps the
/// file's <c>definitionId</c>; <see cref="Write"/> always produces Elsa 3 JSON. Errors are
/// <see cref="DefinitionFormatException"/>s with a stable code.
/// </remarks>
public static class DefinitionSerializer
{
    /// <summary>Imports Elsa 3 or Elsa 2 JSON text.</summary>
    public static ImportResult Import(string json) => Import(Parse(json));

    /// <summary>Imports an Elsa 3 or Elsa 2 definition given as a JSON node.</summary>
    public static ImportResult Import(JsonNode? json)
    {
        var format = Detect(json);
        var obj = (JsonObject)json!;
        return format switch
        {
            DefinitionFormat.Elsa3 => new ImportResult(Elsa3Reader.Read(obj), format),
            _ => new ImportResult(Elsa2Importer.Import(obj), format),
        };
    }

    /// <summary>Reads Elsa 3 JSON text (the product's own format).</summary>
    public static WorkflowDefinition Read(string json)
    {
        var node = Parse(json);
        if (node is not JsonObject obj)
            throw new DefinitionFormatException("definition.notAnObject", "A workflow definition must be a JSON object.");
        return Elsa3Reader.Read(obj);
    }

    /// <summary>Writes Elsa 3 JSON text, deterministically.</summary>
    public static string Write(WorkflowDefinition definition) => Elsa3Writer.Write(definition);

    /// <summary>Writes the definition as a JSON object (Elsa 3 shape).</summary>
    public static JsonObject ToJson(WorkflowDefinition definition) => Elsa3Writer.ToJson(definition);

    /// <summary>A deep copy made through the writer and the reader.</summary>
    public static WorkflowDefinition Clone(WorkflowDefinition definition) => Elsa3Reader.Read(Elsa3Writer.ToJson(definition));

    /// <summary>True when both definitions export to the same JSON (what a user wrote is the same).</summary>
    public static bool AreEquivalent(WorkflowDefinition a, WorkflowDefinition b) =>
        JsonNode.DeepEquals(Elsa3Writer.ToJson(a), Elsa3Writer.ToJson(b));

    /// <summary>Tells Elsa 3 from Elsa 2; throws a <see cref="DefinitionFormatException"/> for anything else.</summary>
    public static DefinitionFormat Detect(JsonNode? json)
    {
        if (json is not JsonObject obj)
            throw new DefinitionFormatException("definition.notAnObject", "A workflow definition must be a JSON object.");
        if (obj["root"] is JsonObject)
            return DefinitionFormat.Elsa3;
        if (JsonRead.Array(obj["activities"]) is { } activities
            && (activities.Count == 0 || activities.OfType<JsonObject>().Any(a => a.ContainsKey("activityId") || a.ContainsKey("type"))))
            return DefinitionFormat.Elsa2;
        throw new DefinitionFormatException(
            "definition.unknownFormat",
            "The JSON is neither an Elsa 3 workflow definition (an object with a 'root' activity) " +
            "nor an Elsa 2 workflow definition (an object with an 'activities' array of objects with 'activityId' and 'type').");
    }

    private static JsonNode? Parse(string json)
    {
        try
        {
            return JsonNode.Parse(json, documentOptions: new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
        }
        catch (JsonException e)
        {
            throw new DefinitionFormatException("definition.invalidJson", $"The text is not valid JSON: {e.Message}");
        }
    }
}
