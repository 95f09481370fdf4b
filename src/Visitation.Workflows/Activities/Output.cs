namespace Visitation.Workflows.Activities;

/// <summary>Non-generic view of an activity output: where the produced value goes.</summary>
public abstract class Output
{
    protected Output(string? memoryReference) => MemoryReference = memoryReference;

    /// <summary>The variable id (Elsa's <c>memoryReference.id</c>) the value is written to; null when not bound.</summary>
    public string? MemoryReference { get; set; }

    public bool IsBound => MemoryReference is not null;

    /// <summary>The CLR type of the produced value.</summary>
    public abstract Type ValueType { get; }
}

/// <summary>An activity output of type <typeparamref name="T"/>, optionally bound to a variable.</summary>
/// <remarks>
/// In JSON an output binding is an input member with only a memory reference:
/// <c>"result": { "typeName": "ExecuteWorkflowResult", "memoryReference": { "id": "ChildResult" } }</c>.
/// </remarks>
public sealed class Output<T> : Output
{
    public Output() : base(null)
    {
    }

    public Output(string? memoryReference) : base(memoryReference)
    {
    }

    public override Type ValueType => typeof(T);
}
