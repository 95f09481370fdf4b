using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Visitation.Workflows.Definitions.Serialization;

/// <summary>Writes the model as Elsa 3 JSON: nested connections, flags under <c>customProperties</c>, layout under <c>metadata.designer</c>.</summary>
/// <remarks>
/// Output is deterministic (fixed member order, 2-space indentation, <c>\n</c> line ends), so
/// write → read → write gives byte-identical text. Non-ASCII letters (æ, ø, å) are written as they are,
/// not as <c>\u</c> escapes.
/// </remarks>
public static class Elsa3Writer
{
    public const string SchemaUrl = "https://elsaworkflows.io/schemas/workflow-definition/v3.0.0/schema.json";

    public static readonly JsonSerializerOptions JsonOptions = new()
    {
        WriteIndented = true,
        IndentSize = 2,
        NewLine = "\n",
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static string Write(WorkflowDefinition definition) => ToJson(definition).ToJsonString(JsonOptions);

    public static JsonObject ToJson(WorkflowDefinition definition)
    {
        var json = new JsonObject();
        if (definition.Extensions["$schema"] is { } schema) json["$schema"] = schema.DeepClone();
        json["id"] = definition.Id;
        json["definitionId"] = definition.DefinitionId;
        json["name"] = definition.Name;
        if (definition.Description is not null) json["description"] = definition.Description;
        if (definition.CreatedAt is { } createdAt) json["createdAt"] = createdAt.ToString("O", CultureInfo.InvariantCulture);
        json["version"] = definition.Version;
        if (definition.ToolVersion is not null) json["toolVersion"] = definition.ToolVersion;
        json["variables"] = new JsonArray([.. definition.Variables.Select(WriteVariable)]);
        json["inputs"] = new JsonArray([.. definition.Inputs.Select(WriteInputDefinition)]);
        json["outputs"] = new JsonArray([.. definition.Outputs.Select(WriteOutputDefinition)]);
        json["outcomes"] = new JsonArray([.. definition.Outcomes.Select(o => (JsonNode)JsonValue.Create(o))]);
        json["customProperties"] = definition.CustomProperties.DeepClone();
        if (definition.Options is not null) json["options"] = definition.Options.DeepClone();
        json["isLatest"] = definition.IsLatest;
        json["isPublished"] = definition.IsPublished;
        CopyExtensions(definition.Extensions, json, except: "$schema");
        json["root"] = WriteActivity(definition.Root);
        return json;
    }

    public static JsonObject WriteActivity(ActivityNode node)
    {
        var json = new JsonObject
        {
            ["id"] = node.Id,
        };
        if (node.NodeId is not null) json["nodeId"] = node.NodeId;
        json["name"] = node.Name;
        json["type"] = node.Type;
        json["version"] = node.Version;
        foreach (var (name, input) in node.Inputs)
            json[name] = input is null ? null : WriteInput(input);

        var customProperties = new JsonObject
        {
            ["canStartWorkflow"] = node.CanStartWorkflow,
            ["runAsynchronously"] = node.RunAsynchronously,
        };
        if (node.MergeMode is not null) customProperties["mergeMode"] = node.MergeMode;
        CopyExtensions(node.CustomProperties, customProperties);
        json["customProperties"] = customProperties;
        json["metadata"] = WriteMetadata(node.Metadata);
        CopyExtensions(node.Extensions, json);

        if (node.Start is not null) json["start"] = node.Start;
        if (node.Variables is not null) json["variables"] = new JsonArray([.. node.Variables.Select(WriteVariable)]);
        if (node.Activities is not null) json["activities"] = new JsonArray([.. node.Activities.Select(a => (JsonNode)WriteActivity(a))]);
        if (node.Connections is not null) json["connections"] = new JsonArray([.. node.Connections.Select(c => (JsonNode)WriteConnection(c))]);
        return json;
    }

    public static JsonNode WriteInput(ActivityInput input)
    {
        if (input.RawValue is not null) return input.RawValue.DeepClone();
        var json = new JsonObject();
        if (input.TypeName is not null) json["typeName"] = input.TypeName;
        if (input.Expression is not null)
            json["expression"] = new JsonObject { ["type"] = input.Expression.Type, ["value"] = input.Expression.Value?.DeepClone() };
        if (input.MemoryReference is not null) json["memoryReference"] = new JsonObject { ["id"] = input.MemoryReference };
        CopyExtensions(input.Extensions, json);
        return json;
    }

    public static JsonObject WriteConnection(Connection connection)
    {
        var json = new JsonObject
        {
            ["source"] = new JsonObject { ["activity"] = connection.Source.Activity, ["port"] = connection.Source.Port },
            ["target"] = new JsonObject { ["activity"] = connection.Target.Activity, ["port"] = connection.Target.Port },
        };
        if (connection.Vertices is not null) json["vertices"] = new JsonArray([.. connection.Vertices.Select(v => (JsonNode)Point(v))]);
        CopyExtensions(connection.Extensions, json);
        return json;
    }

    private static JsonObject WriteMetadata(ActivityMetadata metadata)
    {
        var json = new JsonObject();
        if (metadata.Designer is { } designer)
        {
            var designerJson = new JsonObject();
            if (designer.Position is { } position) designerJson["position"] = Point(position);
            if (designer.Size is { } size) designerJson["size"] = new JsonObject { ["width"] = size.Width, ["height"] = size.Height };
            CopyExtensions(designer.Extensions, designerJson);
            json["designer"] = designerJson;
        }
        CopyExtensions(metadata.Extensions, json);
        return json;
    }

    private static JsonObject Point(DesignerPoint point) => new() { ["x"] = point.X, ["y"] = point.Y };

    private static JsonNode WriteVariable(VariableDefinition variable)
    {
        var json = new JsonObject
        {
            ["id"] = variable.Id,
            ["name"] = variable.Name,
            ["typeName"] = variable.TypeName,
            ["isArray"] = variable.IsArray,
            ["value"] = variable.Value,
        };
        if (variable.StorageDriverTypeName is not null) json["storageDriverTypeName"] = variable.StorageDriverTypeName;
        CopyExtensions(variable.Extensions, json);
        return json;
    }

    private static JsonNode WriteInputDefinition(WorkflowInputDefinition input)
    {
        var json = WriteArgument(input);
        if (input.UiHint is not null) json["uiHint"] = input.UiHint;
        if (input.StorageDriverType is not null) json["storageDriverType"] = input.StorageDriverType;
        CopyExtensions(input.Extensions, json);
        return json;
    }

    private static JsonNode WriteOutputDefinition(WorkflowOutputDefinition output)
    {
        var json = WriteArgument(output);
        CopyExtensions(output.Extensions, json);
        return json;
    }

    private static JsonObject WriteArgument(ArgumentDefinition argument)
    {
        var json = new JsonObject { ["name"] = argument.Name, ["type"] = argument.Type };
        if (argument.DisplayName is not null) json["displayName"] = argument.DisplayName;
        if (argument.Description is not null) json["description"] = argument.Description;
        if (argument.Category is not null) json["category"] = argument.Category;
        json["isArray"] = argument.IsArray;
        return json;
    }

    private static void CopyExtensions(JsonObject from, JsonObject to, string? except = null)
    {
        foreach (var (key, value) in from)
            if (key != except && !to.ContainsKey(key))
                to[key] = value?.DeepClone();
    }
}
