using System.Text.Json.Nodes;

namespace Visitation.Workflows.Definitions.Serialization;

public static partial class Elsa3Reader
{
    /// <summary>Members of an activity object that are not inputs.</summary>
    private static readonly HashSet<string> StructuralMembers =
        ["id", "nodeId", "name", "type", "version", "customProperties", "metadata", "activities", "connections", "start", "variables"];

    /// <summary>Legacy members that are kept verbatim but are not inputs (2023 exports: <c>"source": null, "line": null</c>).</summary>
    private static readonly HashSet<string> ExtensionMembers = ["source", "line", "applicationProperties"];

    /// <summary>Flags read from the activity or its customProperties (any casing) into typed members.</summary>
    private static readonly string[] FlagMembers = ["canStartWorkflow", "runAsynchronously", "mergeMode"];

    /// <summary>Reads one activity object; <paramref name="path"/> is its JSON Pointer, used in error messages.</summary>
    public static ActivityNode ReadActivity(JsonObject json, string path)
    {
        var type = JsonRead.String(json["type"])
            ?? throw new DefinitionFormatException("activity.missingType", $"The activity at {path} has no 'type'.", path + "/type");
        var id = JsonRead.String(json["id"])
            ?? throw new DefinitionFormatException("activity.missingId", $"The activity at {path} has no 'id'.", path + "/id");

        var node = new ActivityNode
        {
            Id = id,
            Type = type,
            NodeId = JsonRead.String(json["nodeId"]),
            Name = JsonRead.String(json["name"]),
            Version = JsonRead.Int(json["version"]) ?? 1,
            CustomProperties = JsonRead.CloneObject(json["customProperties"]),
            Metadata = ReadMetadata(json["metadata"]),
        };

        foreach (var (key, value) in json)
        {
            if (StructuralMembers.Contains(key)) continue;
            if (FlagMembers.Any(f => string.Equals(f, key, StringComparison.OrdinalIgnoreCase)))
                ApplyFlag(node, key, value);
            else if (ExtensionMembers.Contains(key) && !(value is JsonObject obj && IsInputWrapper(obj)))
                node.Extensions[key] = value?.DeepClone();
            else
                node.Inputs[key] = ReadInput(value);
        }

        // customProperties wins over the legacy top-level flags.
        foreach (var (key, value) in node.CustomProperties.ToList())
        {
            if (!FlagMembers.Any(f => string.Equals(f, key, StringComparison.OrdinalIgnoreCase))) continue;
            ApplyFlag(node, key, value);
            node.CustomProperties.Remove(key);
        }

        if (json["activities"] is { } activities)
            node.Activities = JsonRead.Objects(activities)
                .Select((child, i) => ReadActivity(child, $"{path}/activities/{i}"))
                .ToList();
        if (json["connections"] is { } connections)
            node.Connections = JsonRead.Objects(connections).Select(ReadConnection).ToList();
        node.Start = JsonRead.String(json["start"]);
        if (json["variables"] is { } variables)
            node.Variables = ReadVariables(variables);
        return node;
    }

    /// <summary>Reads an input member: null, an input wrapper, or a raw value.</summary>
    public static ActivityInput? ReadInput(JsonNode? value)
    {
        if (value is null) return null;
        if (value is not JsonObject obj || !IsInputWrapper(obj)) return ActivityInput.Raw(value.DeepClone());

        var input = new ActivityInput { TypeName = JsonRead.String(obj["typeName"]) };
        if (obj["expression"] is JsonObject expression)
            input.Expression = new Expression(JsonRead.String(expression["type"]) ?? ExpressionTypes.Literal, expression["value"]?.DeepClone());
        if (obj["memoryReference"] is JsonObject memoryReference)
            input.MemoryReference = JsonRead.String(memoryReference["id"]);
        foreach (var (key, member) in obj)
            if (key is not ("typeName" or "expression" or "memoryReference"))
                input.Extensions[key] = member?.DeepClone();
        return input;
    }

    /// <summary>
    /// An input wrapper has an <c>expression</c> or a <c>memoryReference</c>, or only a <c>typeName</c>.
    /// A variable copy (<c>{ id, name, typeName, ... }</c>) is not one.
    /// </summary>
    private static bool IsInputWrapper(JsonObject obj) =>
        obj.ContainsKey("expression") || obj.ContainsKey("memoryReference") || (obj.Count == 1 && obj.ContainsKey("typeName"));

    private static void ApplyFlag(ActivityNode node, string key, JsonNode? value)
    {
        if (string.Equals(key, "canStartWorkflow", StringComparison.OrdinalIgnoreCase))
            node.CanStartWorkflow = JsonRead.Bool(value) ?? false;
        else if (string.Equals(key, "runAsynchronously", StringComparison.OrdinalIgnoreCase))
            node.RunAsynchronously = JsonRead.Bool(value) ?? false;
        else
            node.MergeMode = JsonRead.String(value);
    }

    private static ActivityMetadata ReadMetadata(JsonNode? node)
    {
        var metadata = new ActivityMetadata();
        if (node is not JsonObject obj) return metadata;
        foreach (var (key, value) in obj)
        {
            if (key == "designer" && value is JsonObject designer)
            {
                metadata.Designer = new DesignerMetadata
                {
                    Position = JsonRead.Point(designer["position"]),
                    Size = JsonRead.Size(designer["size"]),
                };
                foreach (var (designerKey, designerValue) in designer)
                    if (designerKey is not ("position" or "size"))
                        metadata.Designer.Extensions[designerKey] = designerValue?.DeepClone();
            }
            else
            {
                metadata.Extensions[key] = value?.DeepClone();
            }
        }
        return metadata;
    }

    /// <summary>Reads a connection in the nested or the flat style.</summary>
    public static Connection ReadConnection(JsonObject json)
    {
        ConnectionEndpoint source, target;
        HashSet<string> handled;
        if (json["source"] is JsonObject nestedSource)
        {
            source = Endpoint(nestedSource, Connection.DefaultSourcePort);
            target = json["target"] is JsonObject nestedTarget
                ? Endpoint(nestedTarget, Connection.DefaultTargetPort)
                : new ConnectionEndpoint("", Connection.DefaultTargetPort);
            handled = ["source", "target", "vertices"];
        }
        else
        {
            source = new ConnectionEndpoint(JsonRead.String(json["source"]) ?? "", JsonRead.String(json["sourcePort"]) ?? Connection.DefaultSourcePort);
            target = new ConnectionEndpoint(JsonRead.String(json["target"]) ?? "", JsonRead.String(json["targetPort"]) ?? Connection.DefaultTargetPort);
            handled = ["source", "target", "sourcePort", "targetPort", "vertices"];
        }

        var connection = new Connection(source, target)
        {
            ReadFromFlatStyle = json["source"] is not JsonObject,
            Vertices = JsonRead.Array(json["vertices"])?.Select(JsonRead.Point).OfType<DesignerPoint>().ToList(),
        };
        foreach (var (key, value) in json)
            if (!handled.Contains(key))
                connection.Extensions[key] = value?.DeepClone();
        return connection;
    }

    private static ConnectionEndpoint Endpoint(JsonObject json, string defaultPort) =>
        new(JsonRead.String(json["activity"]) ?? "", JsonRead.String(json["port"]) ?? defaultPort);
}
