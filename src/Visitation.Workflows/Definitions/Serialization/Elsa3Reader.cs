using System.Globalization;
using System.Text.Json.Nodes;

namespace Visitation.Workflows.Definitions.Serialization;

/// <summary>Reads an Elsa 3 workflow definition (every variation in the conformance fixtures) into the model.</summary>
/// <remarks>
/// Tolerates both connection styles, the trigger flags at the top of an activity or under
/// <c>customProperties</c> in either casing, null inputs and names, and members it does not know, which it
/// keeps in the model's <c>Extensions</c> bags.
/// </remarks>
public static partial class Elsa3Reader
{
    private static readonly HashSet<string> DefinitionMembers =
    [
        "definitionId", "id", "name", "description", "version", "createdAt", "toolVersion", "variables", "inputs",
        "outputs", "outcomes", "customProperties", "options", "isLatest", "isPublished", "root",
    ];

    public static WorkflowDefinition Read(JsonObject json)
    {
        if (json["root"] is not JsonObject root)
            throw new DefinitionFormatException("definition.missingRoot", "The definition has no 'root' activity.", "/root");

        var definitionId = JsonRead.String(json["definitionId"]) ?? JsonRead.String(json["id"]) ?? NewId();
        var definition = new WorkflowDefinition
        {
            DefinitionId = definitionId,
            Id = JsonRead.String(json["id"]) ?? definitionId,
            Name = JsonRead.String(json["name"]),
            Description = JsonRead.String(json["description"]),
            Version = JsonRead.Int(json["version"]) ?? 1,
            ToolVersion = JsonRead.String(json["toolVersion"]),
            Variables = ReadVariables(json["variables"]),
            Inputs = JsonRead.Objects(json["inputs"]).Select(ReadInputDefinition).ToList(),
            Outputs = JsonRead.Objects(json["outputs"]).Select(ReadOutputDefinition).ToList(),
            Outcomes = JsonRead.Array(json["outcomes"])?.Select(JsonRead.String).OfType<string>().ToList() ?? [],
            CustomProperties = JsonRead.CloneObject(json["customProperties"]),
            Options = json["options"] is JsonObject options ? (JsonObject)options.DeepClone() : null,
            IsLatest = JsonRead.Bool(json["isLatest"]) ?? false,
            IsPublished = JsonRead.Bool(json["isPublished"]) ?? false,
            Root = ReadActivity(root, "/root"),
        };

        foreach (var (key, value) in json)
        {
            if (key == "createdAt" && JsonRead.String(value) is { } text
                && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var createdAt))
                definition.CreatedAt = createdAt;
            else if (!DefinitionMembers.Contains(key))
                definition.Extensions[key] = value?.DeepClone();
        }
        return definition;
    }

    internal static string NewId() => Guid.NewGuid().ToString("N")[..16];

    internal static List<VariableDefinition> ReadVariables(JsonNode? node) =>
        JsonRead.Objects(node).Select(ReadVariable).ToList();

    private static VariableDefinition ReadVariable(JsonObject json)
    {
        var name = JsonRead.String(json["name"]) ?? JsonRead.String(json["id"]) ?? "";
        var variable = new VariableDefinition
        {
            Id = JsonRead.String(json["id"]) ?? name,
            Name = name,
            TypeName = JsonRead.String(json["typeName"]) ?? "Object",
            IsArray = JsonRead.Bool(json["isArray"]) ?? false,
            Value = json["value"] switch
            {
                null => null,
                JsonValue v => JsonRead.String(v),
                var other => other.ToJsonString(),
            },
            StorageDriverTypeName = JsonRead.String(json["storageDriverTypeName"]) ?? JsonRead.String(json["storageDriverType"]),
        };
        foreach (var (key, value) in json)
            if (key is not ("id" or "name" or "typeName" or "isArray" or "value" or "storageDriverTypeName" or "storageDriverType"))
                variable.Extensions[key] = value?.DeepClone();
        return variable;
    }

    private static WorkflowInputDefinition ReadInputDefinition(JsonObject json)
    {
        var input = new WorkflowInputDefinition { Name = JsonRead.String(json["name"]) ?? "" };
        ReadArgument(input, json, "uiHint", "storageDriverType");
        input.UiHint = JsonRead.String(json["uiHint"]);
        input.StorageDriverType = JsonRead.String(json["storageDriverType"]);
        return input;
    }

    private static WorkflowOutputDefinition ReadOutputDefinition(JsonObject json)
    {
        var output = new WorkflowOutputDefinition { Name = JsonRead.String(json["name"]) ?? "" };
        ReadArgument(output, json);
        return output;
    }

    private static void ReadArgument(ArgumentDefinition argument, JsonObject json, params string[] handledElsewhere)
    {
        argument.Type = JsonRead.String(json["type"]) ?? JsonRead.String(json["typeName"]) ?? "Object";
        argument.DisplayName = JsonRead.String(json["displayName"]);
        argument.Description = JsonRead.String(json["description"]);
        argument.Category = JsonRead.String(json["category"]);
        argument.IsArray = JsonRead.Bool(json["isArray"]) ?? false;
        foreach (var (key, value) in json)
            if (key is not ("name" or "type" or "typeName" or "displayName" or "description" or "category" or "isArray")
                && !handledElsewhere.Contains(key))
                argument.Extensions[key] = value?.DeepClone();
    }
}
