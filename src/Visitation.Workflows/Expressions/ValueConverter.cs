using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Xml;

namespace Visitation.Workflows.Expressions;

/// <summary>Converts JSON values to the CLR type an input asks for, and CLR values back to JSON.</summary>
/// <remarks>
/// Elsa files store numbers as strings (<c>"0"</c> for an Int32 variable) and lists as JSON inside a string,
/// so a string is parsed when the target is not a string.
/// </remarks>
public static class ValueConverter
{
    /// <summary>camelCase, case-insensitive, enums as strings (D13).</summary>
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter() },
    };

    public static T? Convert<T>(JsonNode? node) => (T?)Convert(node, typeof(T));

    public static object? Convert(JsonNode? node, Type target)
    {
        var underlying = Nullable.GetUnderlyingType(target);
        if (node is null)
            return target.IsValueType && underlying is null ? Activator.CreateInstance(target) : null;
        target = underlying ?? target;

        if (target == typeof(JsonNode) || target == typeof(object)) return node.DeepClone();
        if (target == typeof(JsonObject)) return AsStructured(node) as JsonObject ?? throw Fail(node, target);
        if (target == typeof(JsonArray)) return AsStructured(node) as JsonArray ?? throw Fail(node, target);
        if (target == typeof(string)) return AsString(node);

        var text = node is JsonValue v && v.TryGetValue<string>(out var s) ? s : null;
        try
        {
            if (target == typeof(bool))
                return text is null ? node.GetValue<bool>() : bool.Parse(text.Trim());
            if (target == typeof(TimeSpan))
                return text is null ? TimeSpan.FromMilliseconds(node.GetValue<double>()) : ParseTimeSpan(text);
            if (target == typeof(DateTimeOffset))
                return DateTimeOffset.Parse(text ?? node.ToJsonString(), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);
            if (target.IsEnum)
                return Enum.Parse(target, text ?? node.ToJsonString(), ignoreCase: true);
            if (text is not null && IsNumber(target))
                return System.Convert.ChangeType(decimal.Parse(text.Trim(), CultureInfo.InvariantCulture), target, CultureInfo.InvariantCulture);
            if (text is not null)
            {
                var parsed = TryParse(text);
                return parsed is null ? throw Fail(node, target) : parsed.Deserialize(target, Json);
            }
            return node.Deserialize(target, Json);
        }
        catch (Exception e) when (e is FormatException or JsonException or InvalidOperationException or OverflowException or ArgumentException)
        {
            throw Fail(node, target, e);
        }
    }

    public static JsonNode? ToNode(object? value) => value switch
    {
        null => null,
        JsonNode n => n.DeepClone(),
        TimeSpan t => JsonValue.Create(t.ToString("c", CultureInfo.InvariantCulture)),
        _ => JsonSerializer.SerializeToNode(value, value.GetType(), Json),
    };

    /// <summary>The text of a value: a JSON string as is, anything else as JSON.</summary>
    public static string AsString(JsonNode? node) => node switch
    {
        null => "",
        JsonValue v when v.TryGetValue<string>(out var s) => s,
        JsonValue v when v.GetValueKind() == JsonValueKind.True => "true",
        JsonValue v when v.GetValueKind() == JsonValueKind.False => "false",
        _ => node.ToJsonString(),
    };

    /// <summary>Truthiness as JavaScript defines it (for decisions on non-script values).</summary>
    public static bool IsTruthy(JsonNode? node) => node switch
    {
        null => false,
        JsonValue v when v.TryGetValue<string>(out var s) => s.Length > 0 && !string.Equals(s, "false", StringComparison.OrdinalIgnoreCase),
        JsonValue v when v.GetValueKind() == JsonValueKind.False => false,
        JsonValue v when v.GetValueKind() == JsonValueKind.Number => v.GetValue<double>() is not 0 and not double.NaN,
        _ => true,
    };

    /// <summary>Accepts <c>00:00:05</c>, ISO 8601 durations (<c>PT5M</c>, <c>P1D</c>) and a number of milliseconds.</summary>
    public static TimeSpan ParseTimeSpan(string text)
    {
        text = text.Trim();
        if (text.StartsWith('P') || text.StartsWith("-P", StringComparison.Ordinal))
            return XmlConvert.ToTimeSpan(text);
        if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var ms))
            return TimeSpan.FromMilliseconds(ms);
        return TimeSpan.Parse(text, CultureInfo.InvariantCulture);
    }

    static JsonNode? AsStructured(JsonNode node) =>
        node is JsonValue v && v.TryGetValue<string>(out var s) ? TryParse(s) : node.DeepClone();

    static JsonNode? TryParse(string text)
    {
        try { return JsonNode.Parse(text); }
        catch (JsonException) { return null; }
    }

    static bool IsNumber(Type t) => t == typeof(int) || t == typeof(long) || t == typeof(double) || t == typeof(decimal)
        || t == typeof(float) || t == typeof(short) || t == typeof(uint) || t == typeof(ulong);

    static ExpressionException Fail(JsonNode node, Type target, Exception? inner = null) =>
        new($"Cannot convert {Shorten(node.ToJsonString())} to {target.Name}.", inner: inner);

    static string Shorten(string s) => s.Length > 80 ? s[..80] + "…" : s;
}
