using System.Text.Json.Nodes;
using Visitation.Workflows.Definitions;

namespace Visitation.Workflows.Activities;

/// <summary>
/// Non-generic view of an activity input: the expression that yields its value, and the memory block
/// the value is stored in.
/// </summary>
public abstract class Input
{
    protected Input(Expression? expression, string? memoryReference)
    {
        Expression = expression;
        MemoryReference = memoryReference;
    }

    /// <summary>The expression to evaluate; null when the input is unset.</summary>
    public Expression? Expression { get; set; }

    /// <summary>Optional memory reference id (Elsa's <c>memoryReference.id</c>).</summary>
    public string? MemoryReference { get; set; }

    /// <summary>The CLR type of the value the expression must produce.</summary>
    public abstract Type ValueType { get; }
}

/// <summary>An activity input whose value of type <typeparamref name="T"/> comes from an expression.</summary>
/// <remarks>
/// Declared as a property of an activity class, with <see cref="Descriptors.InputAttribute"/> for the
/// designer: <c>[Input(DisplayName = "Tekst")] public Input&lt;string&gt; Text { get; set; }</c>. The JSON name
/// is the property name in camelCase.
/// </remarks>
public sealed class Input<T> : Input
{
    public Input() : base(null, null)
    {
    }

    public Input(Expression? expression, string? memoryReference = null) : base(expression, memoryReference)
    {
    }

    /// <summary>A literal input holding <paramref name="value"/>.</summary>
    public Input(T value) : base(Expression.Literal(JsonValueFrom(value)), null)
    {
    }

    public override Type ValueType => typeof(T);

    /// <summary>The input as read from a definition's <see cref="ActivityInput"/> (null gives an unset input).</summary>
    public static Input<T> From(ActivityInput? input) => new(input?.Expression?.Clone(), input?.MemoryReference);

    private static JsonNode? JsonValueFrom(T value) =>
        value is null ? null : System.Text.Json.JsonSerializer.SerializeToNode(value);
}
