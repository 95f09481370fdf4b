using System.Text.Json;
using System.Text.Json.Nodes;
using Visitation.Workflows.Definitions.Layout;

namespace Visitation.Workflows.Definitions.Serialization;

/// <summary>
/// Imports an Elsa 2 definition (and the early 2.0 and Elsa 1 shapes) as an <c>Elsa.Flowchart</c>.
/// </summary>
/// <remarks>
/// Types and properties map through <see cref="Elsa2TypeMap"/>; unknown types keep their Elsa 2 name.
/// <c>$id</c> keys are ignored. Of a property's expressions, the one named by <c>syntax</c> (default
/// <c>Literal</c>, or the only one present) is used; a property with no expression is left unset. Members without a counterpart
/// (<c>persistWorkflow</c>, <c>persistenceBehavior</c>, ...) are kept under <c>customProperties.elsa2</c>.
/// Elsa 2 has no positions, so the flowchart is laid out with <see cref="LayeredLayout"/>; Elsa 1's
/// <c>left</c>/<c>top</c> are used when every activity has them.
/// </remarks>
public static class Elsa2Importer
{
    private static readonly HashSet<string> HandledDefinitionMembers =
        ["$id", "definitionId", "versionId", "id", "EntityId", "DefinitionVersionId", "name", "displayName", "description",
         "version", "variables", "customAttributes", "isPublished", "isLatest", "activities", "connections"];

    private static readonly HashSet<string> HandledActivityMembers =
        ["$id", "activityId", "id", "type", "name", "displayName", "properties", "state", "left", "top"];

    public static WorkflowDefinition Import(JsonObject json, LayoutOptions? layout = null)
    {
        var definitionId = JsonRead.String(json["definitionId"]) ?? JsonRead.String(json["EntityId"])
            ?? JsonRead.String(json["id"]) ?? Elsa3Reader.NewId();
        var variables = ReadVariables(json["variables"]);
        var activities = JsonRead.Objects(json["activities"])
            .Select((a, i) => ReadActivity(a, i, variables))
            .ToList();
        var root = new ActivityNode
        {
            Id = "Flowchart1",
            Name = "Flowchart1",
            Type = WellKnownActivityTypes.Flowchart,
            Activities = activities,
            Connections = JsonRead.Objects(json["connections"]).Select(ReadConnection).ToList(),
        };

        var definition = new WorkflowDefinition
        {
            DefinitionId = definitionId,
            Id = JsonRead.String(json["versionId"]) ?? JsonRead.String(json["id"]) ?? JsonRead.String(json["DefinitionVersionId"]) ?? definitionId,
            Name = JsonRead.String(json["name"]) ?? JsonRead.String(json["displayName"]),
            Description = JsonRead.String(json["description"]),
            Version = JsonRead.Int(json["version"]) ?? 1,
            Variables = variables,
            IsLatest = JsonRead.Bool(json["isLatest"]) ?? false,
            IsPublished = JsonRead.Bool(json["isPublished"]) ?? false,
            Root = root,
        };
        if (json["customAttributes"] is JsonObject attributes && JsonRead.Member(attributes, "data") is JsonObject data)
            foreach (var (key, value) in data) definition.CustomProperties[key] = value?.DeepClone();
        var leftovers = Leftovers(json, HandledDefinitionMembers);
        if (JsonRead.String(json["displayName"]) is { } displayName) leftovers["displayName"] = displayName;
        if (leftovers.Count > 0) definition.CustomProperties["elsa2"] = leftovers;

        // Elsa 2 had no implicit joins: an activity ran once for every arrival, which is the stream merge mode.
        foreach (var target in root.Connections.GroupBy(c => c.Target.Activity).Where(g => g.Count() > 1))
            if (activities.FirstOrDefault(a => a.Id == target.Key) is { } joined) joined.MergeMode ??= "Stream";

        if (activities.Count == 0 || activities.Any(a => a.Metadata.Designer?.Position is null))
            LayeredLayout.Apply(root, layout);
        return definition;
    }

    private static List<VariableDefinition> ReadVariables(JsonNode? node)
    {
        var data = node is JsonObject obj ? JsonRead.Member(obj, "data") as JsonObject ?? obj : null;
        if (data is null) return [];
        return data.Where(p => p.Key != "$id").Select(p => new VariableDefinition
        {
            Id = p.Key,
            Name = p.Key,
            TypeName = p.Value?.GetValueKind() switch
            {
                JsonValueKind.String => "String",
                JsonValueKind.Number => "Double",
                JsonValueKind.True or JsonValueKind.False => "Boolean",
                _ => "Object",
            },
            Value = p.Value is null ? null : JsonRead.String(p.Value) ?? p.Value.ToJsonString(),
        }).ToList();
    }

    private static ActivityNode ReadActivity(JsonObject json, int index, List<VariableDefinition> variables)
    {
        var elsa2Type = JsonRead.String(json["type"])
            ?? throw new DefinitionFormatException("activity.missingType", $"Elsa 2 activity {index} has no 'type'.", $"/activities/{index}/type");
        var node = new ActivityNode
        {
            Id = JsonRead.String(json["activityId"]) ?? JsonRead.String(json["id"]) ?? $"{elsa2Type}{index + 1}",
            Type = Elsa2TypeMap.MapType(elsa2Type),
            Name = JsonRead.String(json["name"]),
        };
        if (JsonRead.String(json["displayName"]) is { } displayName)
            node.Metadata.Extensions["displayText"] = displayName;
        if (JsonRead.Double(json["left"]) is { } left && JsonRead.Double(json["top"]) is { } top)
            node.Metadata.Designer = new DesignerMetadata { Position = new DesignerPoint(left, top) };

        foreach (var (name, input) in ReadProperties(json, elsa2Type))
            node.Inputs[name] = input;
        if (node.Type == WellKnownActivityTypes.SetVariable && node.GetInput("variable") is { Expression: { } reference })
            node.Inputs["variable"] = VariableReference(reference, variables);

        var leftovers = Leftovers(json, HandledActivityMembers);
        if (leftovers.Count > 0) node.CustomProperties["elsa2"] = leftovers;
        return node;
    }

    private static IEnumerable<(string Name, ActivityInput Input)> ReadProperties(JsonObject activity, string elsa2Type)
    {
        // Released 2.x: properties: [{ name, syntax?, expressions: { Literal: ..., JavaScript: ... } }]
        if (JsonRead.Array(activity["properties"]) is { } list)
        {
            foreach (var property in list.OfType<JsonObject>())
            {
                var name = JsonRead.String(property["name"]);
                if (string.IsNullOrEmpty(name) || property["expressions"] is not JsonObject expressions) continue;
                // The active syntax is 'syntax', else Literal; an export may hold only another one (Fork: { "Json": ... }).
                var candidates = expressions.Where(e => e.Key != "$id" && e.Value is not null).ToList();
                var syntax = JsonRead.String(property["syntax"]);
                var chosen = candidates.FirstOrDefault(e => string.Equals(e.Key, syntax ?? "Literal", StringComparison.OrdinalIgnoreCase));
                if (chosen.Value is null && syntax is null && candidates.Count == 1) chosen = candidates[0];
                if (chosen.Value is null) continue;
                var value = chosen.Value;
                syntax = chosen.Key;
                yield return (Elsa2TypeMap.MapProperty(elsa2Type, name), Input(syntax, value));
            }
            yield break;
        }

        // Early 2.0: properties: { Name: { type, syntax, expression } }; Elsa 1: state: { name: { expression, syntax } | value }
        var bag = activity["properties"] as JsonObject ?? activity["state"] as JsonObject;
        if (bag is null) yield break;
        foreach (var (name, value) in bag)
        {
            if (name == "$id" || name.Length == 0 || value is null) continue;
            var input = value is JsonObject obj && obj.ContainsKey("expression")
                ? Input(JsonRead.String(obj["syntax"]) ?? "Literal", obj["expression"])
                : Input("Literal", value);
            if (input is not null) yield return (Elsa2TypeMap.MapProperty(elsa2Type, name), input);
        }
    }

    private static ActivityInput Input(string syntax, JsonNode? value) =>
        ActivityInput.FromExpression(new Expression(Elsa2TypeMap.MapSyntax(syntax), value?.DeepClone()));

    private static ActivityInput VariableReference(Expression reference, List<VariableDefinition> variables)
    {
        var name = reference.ValueAsString() ?? "";
        if (reference.Type != ExpressionTypes.Literal) return ActivityInput.FromExpression(reference);
        if (variables.All(v => v.Name != name))
            variables.Add(new VariableDefinition { Id = name, Name = name });
        return ActivityInput.Raw(new JsonObject { ["id"] = name, ["name"] = name });
    }

    private static Connection ReadConnection(JsonObject json) => new(
        JsonRead.String(json["sourceActivityId"]) ?? JsonRead.String(json["source"]) ?? "",
        JsonRead.String(json["outcome"]) ?? Connection.DefaultSourcePort,
        JsonRead.String(json["targetActivityId"]) ?? JsonRead.String(json["destinationActivityId"]) ?? JsonRead.String(json["target"]) ?? "");

    private static JsonObject Leftovers(JsonObject json, HashSet<string> handled)
    {
        var leftovers = new JsonObject();
        foreach (var (key, value) in json)
            if (!handled.Contains(key))
                leftovers[key] = StripIds(value);
        return leftovers;
    }

    private static JsonNode? StripIds(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject obj:
                var copy = new JsonObject();
                foreach (var (key, value) in obj)
                    if (key != "$id") copy[key] = StripIds(value);
                return copy;
            case JsonArray array:
                return new JsonArray([.. array.Select(StripIds)]);
            default:
                return node?.DeepClone();
        }
    }
}
