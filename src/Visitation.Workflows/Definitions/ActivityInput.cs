using System.Text.Json.Nodes;

namespace Visitation.Workflows.Definitions;

/// <summary>
/// One input of an activity node as written in the definition:
/// <c>{ "typeName": "String", "expression": {...}, "memoryReference": { "id": ... } }</c>.
/// </summary>
/// <remarks>
/// Three shapes occur: an expression (with an optional memory reference), an output binding with only a
/// <see cref="MemoryReference"/> (its id is a variable id), and a plain JSON value that is not an input
/// wrapper at all (e.g. <c>Elsa.SetVariable.variable</c>, a copy of the variable definition, or
/// <c>Elsa.FlowSwitch.cases</c>), kept in <see cref="RawValue"/>. A JSON <c>null</c> input is a null entry in
/// <see cref="ActivityNode.Inputs"/>.
/// </remarks>
public sealed class ActivityInput
{
    /// <summary>Elsa's type name of the value, e.g. <c>String</c>, <c>TimeSpan</c>, <c>Object</c>.</summary>
    public string? TypeName { get; set; }

    public Expression? Expression { get; set; }

    /// <summary>The memory block the value is bound to; for an output binding, the variable id.</summary>
    public string? MemoryReference { get; set; }

    /// <summary>A value that is not an input wrapper, kept verbatim. When set, the other members are null.</summary>
    public JsonNode? RawValue { get; set; }

    /// <summary>Unknown members inside the wrapper, kept so that nothing is lost on export.</summary>
    public JsonObject Extensions { get; set; } = new();

    public bool IsRaw => RawValue is not null;

    /// <summary>True when this is an output binding: a memory reference without an expression.</summary>
    public bool IsOutputBinding => Expression is null && MemoryReference is not null && RawValue is null;

    public static ActivityInput FromExpression(Expression expression, string? typeName = null) =>
        new() { Expression = expression, TypeName = typeName };

    public static ActivityInput Literal(JsonNode? value, string? typeName = null) =>
        FromExpression(Expression.Literal(value), typeName);

    public static ActivityInput OutputBinding(string variableId, string? typeName = null) =>
        new() { MemoryReference = variableId, TypeName = typeName };

    public static ActivityInput Raw(JsonNode value) => new() { RawValue = value };

    public ActivityInput Clone() => new()
    {
        TypeName = TypeName,
        Expression = Expression?.Clone(),
        MemoryReference = MemoryReference,
        RawValue = RawValue?.DeepClone(),
        Extensions = (JsonObject)Extensions.DeepClone(),
    };
}
