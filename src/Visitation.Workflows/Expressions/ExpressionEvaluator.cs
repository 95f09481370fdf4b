using System.Text.Json.Nodes;

namespace Visitation.Workflows.Expressions;

/// <summary>Evaluates an Elsa-style expression <c>{type, value}</c> to the CLR type an input asks for.</summary>
/// <remarks>
/// Types: <c>Literal</c> (string, JSON number or boolean), <c>Object</c>/<c>Json</c> (JSON inside a string),
/// <c>Variable</c> (a variable's name or id), <c>JavaScript</c> (Jint sandbox) and <c>Liquid</c> (Fluid).
/// An unknown type is an <see cref="ExpressionException"/>.
/// </remarks>
public sealed class ExpressionEvaluator(JavaScriptEvaluator javaScript, LiquidEvaluator liquid)
{
    public ExpressionEvaluator() : this(new JavaScriptEvaluator(new JavaScriptOptions()), new LiquidEvaluator()) { }

    public JavaScriptEvaluator JavaScript { get; } = javaScript;

    public T? Evaluate<T>(string? type, JsonNode? value, ExpressionScope scope) => (T?)Evaluate(type, value, typeof(T), scope);

    /// <summary>Evaluates a definition's expression; null gives the target type's default.</summary>
    public T? Evaluate<T>(Definitions.Expression? expression, ExpressionScope scope) =>
        expression is null ? default : Evaluate<T>(expression.Type, expression.Value, scope);

    public object? Evaluate(string? type, JsonNode? value, Type target, ExpressionScope scope)
    {
        if (type is "JavaScript" && target == typeof(bool))
            return JavaScript.EvaluateTruthy(ValueConverter.AsString(value), scope);
        var node = EvaluateToNode(type, value, scope);
        if (target == typeof(bool) && node is not JsonValue { } && node is not null)
            return ValueConverter.IsTruthy(node);
        try
        {
            return ValueConverter.Convert(node, target);
        }
        catch (ExpressionException e) when (e.ActivityId is null && scope.ActivityId is not null)
        {
            throw new ExpressionException($"{e.Message} (activity '{scope.ActivityId}')", scope.ActivityId, e);
        }
    }

    /// <summary>Evaluates to JSON without converting; <c>null</c> when there is no expression.</summary>
    public JsonNode? EvaluateToNode(string? type, JsonNode? value, ExpressionScope scope)
    {
        switch (type)
        {
            case null or "":
                return null;
            case "Literal":
                return value?.DeepClone();
            case "Object" or "Json":
                return value is JsonValue v && v.TryGetValue<string>(out var json)
                    ? (string.IsNullOrWhiteSpace(json) ? null : Parse(json, scope))
                    : value?.DeepClone();
            case "Variable":
                return ReadVariable(ValueConverter.AsString(value), scope);
            case "JavaScript":
                var source = ValueConverter.AsString(value);
                return string.IsNullOrWhiteSpace(source) ? null : JavaScript.Evaluate(source, scope);
            case "Liquid":
                return JsonValue.Create(liquid.Render(ValueConverter.AsString(value), scope));
            default:
                throw new ExpressionException($"Unsupported expression type '{type}'{(scope.ActivityId is null ? "" : $" in activity '{scope.ActivityId}'")}.", scope.ActivityId);
        }
    }

    static JsonNode? ReadVariable(string nameOrId, ExpressionScope scope)
    {
        if (scope.Variables.TryGetValue(nameOrId, out var value)) return value?.DeepClone();
        if (scope.VariableNamesById.TryGetValue(nameOrId, out var name) && scope.Variables.TryGetValue(name, out value))
            return value?.DeepClone();
        return null;
    }

    static JsonNode? Parse(string json, ExpressionScope scope)
    {
        try { return JsonNode.Parse(json); }
        catch (System.Text.Json.JsonException e)
        {
            throw new ExpressionException($"Invalid JSON in Object expression: {e.Message}", scope.ActivityId, e);
        }
    }
}
