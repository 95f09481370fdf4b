using System.Text.Json.Nodes;

namespace Visitation.Workflows.Definitions;

/// <summary>A workflow variable: <c>{ id, name, typeName, isArray, value, storageDriverTypeName }</c>.</summary>
/// <remarks>
/// Elsa writes the initial value as a string even for numbers (<c>"0"</c>) or as null; a number or boolean
/// found in a file is kept as its JSON text. Match variables by <see cref="Id"/>: <c>Elsa.SetVariable</c>
/// embeds a copy of the definition. <c>storageDriverType</c> (one Elsa version) is read into
/// <see cref="StorageDriverTypeName"/>.
/// </remarks>
public sealed class VariableDefinition
{
    public required string Id { get; set; }
    public required string Name { get; set; }
    public string TypeName { get; set; } = "Object";
    public bool IsArray { get; set; }
    public string? Value { get; set; }
    public string? StorageDriverTypeName { get; set; }

    /// <summary>Unknown members, kept verbatim.</summary>
    public JsonObject Extensions { get; set; } = new();
}

/// <summary>Shared shape of workflow inputs and outputs: <c>{ name, type, displayName, description, category, isArray }</c>.</summary>
public abstract class ArgumentDefinition
{
    public required string Name { get; set; }

    /// <summary>Elsa's type name, e.g. <c>String</c>, <c>Object</c> (the JSON member is <c>type</c>).</summary>
    public string Type { get; set; } = "Object";

    public string? DisplayName { get; set; }
    public string? Description { get; set; }
    public string? Category { get; set; }
    public bool IsArray { get; set; }

    /// <summary>Unknown members, kept verbatim.</summary>
    public JsonObject Extensions { get; set; } = new();
}

/// <summary>A declared workflow input (<c>inputs[]</c>), e.g. <c>Message</c> of type <c>String</c>.</summary>
public sealed class WorkflowInputDefinition : ArgumentDefinition
{
    public string? UiHint { get; set; }
    public string? StorageDriverType { get; set; }
}

/// <summary>A declared workflow output (<c>outputs[]</c>), set by <c>Elsa.SetOutput</c>.</summary>
public sealed class WorkflowOutputDefinition : ArgumentDefinition
{
}
