using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Visitation.Workflows.Definitions.Serialization;

/// <summary>Tolerant accessors over <see cref="JsonNode"/> shared by the readers.</summary>
internal static class JsonRead
{
    public static string? String(JsonNode? node) => node switch
    {
        JsonValue v when v.GetValueKind() == JsonValueKind.String => v.GetValue<string>(),
        JsonValue v when v.GetValueKind() is JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False => v.ToJsonString(),
        _ => null,
    };

    public static bool? Bool(JsonNode? node) => node switch
    {
        JsonValue v when v.GetValueKind() == JsonValueKind.True => true,
        JsonValue v when v.GetValueKind() == JsonValueKind.False => false,
        JsonValue v when v.GetValueKind() == JsonValueKind.String && bool.TryParse(v.GetValue<string>(), out var b) => b,
        _ => null,
    };

    public static int? Int(JsonNode? node) => node switch
    {
        JsonValue v when v.GetValueKind() == JsonValueKind.Number && v.TryGetValue<int>(out var i) => i,
        JsonValue v when v.GetValueKind() == JsonValueKind.Number && v.TryGetValue<double>(out var d) => (int)d,
        JsonValue v when v.GetValueKind() == JsonValueKind.String
            && int.TryParse(v.GetValue<string>(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var i) => i,
        _ => null,
    };

    public static double? Double(JsonNode? node) => node switch
    {
        JsonValue v when v.GetValueKind() == JsonValueKind.Number => v.GetValue<double>(),
        JsonValue v when v.GetValueKind() == JsonValueKind.String
            && double.TryParse(v.GetValue<string>(), NumberStyles.Float, CultureInfo.InvariantCulture, out var d) => d,
        _ => null,
    };

    /// <summary>The member with this name, compared case-insensitively when no exact match exists.</summary>
    public static JsonNode? Member(JsonObject obj, string name, out string? actualName)
    {
        if (obj.TryGetPropertyValue(name, out var exact)) { actualName = name; return exact; }
        foreach (var (key, value) in obj)
            if (string.Equals(key, name, StringComparison.OrdinalIgnoreCase)) { actualName = key; return value; }
        actualName = null;
        return null;
    }

    public static JsonNode? Member(JsonObject obj, string name) => Member(obj, name, out _);

    /// <summary>An array, or Newtonsoft's reference-preserving <c>{ "$id", "$values": [...] }</c> wrapper.</summary>
    public static JsonArray? Array(JsonNode? node) => node switch
    {
        JsonArray a => a,
        JsonObject o when o["$values"] is JsonArray values => values,
        _ => null,
    };

    public static IEnumerable<JsonObject> Objects(JsonNode? node) => Array(node)?.OfType<JsonObject>() ?? [];

    public static JsonObject CloneObject(JsonNode? node) => node is JsonObject o ? (JsonObject)o.DeepClone() : new JsonObject();

    public static DesignerPoint? Point(JsonNode? node) =>
        node is JsonObject o && Double(Member(o, "x")) is { } x && Double(Member(o, "y")) is { } y
            ? new DesignerPoint(x, y)
            : null;

    public static DesignerSize? Size(JsonNode? node) =>
        node is JsonObject o && Double(Member(o, "width")) is { } w && Double(Member(o, "height")) is { } h
            ? new DesignerSize(w, h)
            : null;
}
