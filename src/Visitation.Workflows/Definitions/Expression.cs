using System.Text.Json;
using System.Text.Json.Nodes;

namespace Visitation.Workflows.Definitions;

/// <summary>
/// An Elsa-style expression: <c>{ "type": "Literal", "value": ... }</c>.
/// </summary>
/// <remarks>
/// <see cref="Value"/> is kept as JSON because Elsa writes literals as strings, numbers or booleans
/// (<c>"00:01:00"</c>, <c>42</c>, <c>false</c>) and <c>Object</c> expressions as JSON inside a string.
/// The type is open: <see cref="ExpressionTypes"/> lists the names this runtime knows.
/// </remarks>
public sealed class Expression
{
    public Expression(string type, JsonNode? value)
    {
        Type = type;
        Value = value;
    }

    /// <summary>Expression language, e.g. <c>Literal</c>, <c>JavaScript</c>, <c>Object</c>, <c>Variable</c>, <c>Liquid</c>.</summary>
    public string Type { get; set; }

    /// <summary>The expression's value as written in the definition (a string, number, boolean, object or null).</summary>
    public JsonNode? Value { get; set; }

    public static Expression Literal(JsonNode? value) => new(ExpressionTypes.Literal, value);

    public static Expression JavaScript(string script) => new(ExpressionTypes.JavaScript, JsonValue.Create(script));

    public static Expression Variable(string variableIdOrName) => new(ExpressionTypes.Variable, JsonValue.Create(variableIdOrName));

    /// <summary>The value as text: a JSON string as is, any other JSON as its compact JSON text, null as null.</summary>
    public string? ValueAsString() => Value switch
    {
        null => null,
        JsonValue v when v.GetValueKind() == JsonValueKind.String => v.GetValue<string>(),
        _ => Value.ToJsonString(),
    };

    /// <summary>
    /// For <c>Object</c> (and Elsa 2 <c>Json</c>) expressions: the JSON the value denotes. A string value is
    /// parsed as JSON; any other value is returned as is. Returns null for a null or unparsable value.
    /// </summary>
    public JsonNode? ParseJsonValue()
    {
        if (Value is JsonValue v && v.GetValueKind() == JsonValueKind.String)
        {
            try { return JsonNode.Parse(v.GetValue<string>()); }
            catch (JsonException) { return null; }
        }
        return Value?.DeepClone();
    }

    public Expression Clone() => new(Type, Value?.DeepClone());

    public override string ToString() => $"{Type}: {Value?.ToJsonString()}";
}

/// <summary>The expression type names this runtime knows (the set is open; others are preserved).</summary>
public static class ExpressionTypes
{
    public const string Literal = "Literal";
    public const string JavaScript = "JavaScript";
    public const string Object = "Object";
    public const string Variable = "Variable";
    public const string Liquid = "Liquid";
    public const string Json = "Json";
}
