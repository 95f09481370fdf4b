using System.Text.Json.Nodes;

namespace Visitation.Workflows.Definitions;

/// <summary>
/// One activity in a definition: a leaf (<c>Elsa.WriteLine</c>, <c>Visitation.HumanTask</c>, ...) or a
/// container (<c>Elsa.Flowchart</c> with activities and connections, <c>Elsa.Sequence</c> with activities).
/// </summary>
/// <remarks>
/// In the JSON, inputs are members of the activity object next to <c>id</c> and <c>type</c>; here they are
/// collected in <see cref="Inputs"/> under their JSON (camelCase) names, in file order. The trigger flags
/// are read from <c>customProperties</c> or from the activity itself (older files), in either casing, and
/// are always written under <c>customProperties</c>. Members the reader does not know are kept in
/// <see cref="Extensions"/> and written back.
/// </remarks>
public sealed class ActivityNode
{
    public required string Id { get; set; }

    /// <summary>Elsa's path id, e.g. <c>Workflow1:rootId:activityId</c>; informational.</summary>
    public string? NodeId { get; set; }

    /// <summary>The designer's name, e.g. <c>WriteLine1</c>. May be null.</summary>
    public string? Name { get; set; }

    /// <summary>Activity type id, e.g. <c>Elsa.WriteLine</c>.</summary>
    public required string Type { get; set; }

    public int Version { get; set; } = 1;

    /// <summary>Inputs by JSON name. A null value is an input written as JSON <c>null</c>.</summary>
    public Dictionary<string, ActivityInput?> Inputs { get; set; } = new(StringComparer.Ordinal);

    /// <summary>Whether the activity is a trigger that can start a new instance (<c>canStartWorkflow</c>).</summary>
    public bool CanStartWorkflow { get; set; }

    /// <summary>Elsa's <c>runAsynchronously</c> flag.</summary>
    public bool RunAsynchronously { get; set; }

    /// <summary>Implicit-join mode on the target of several connections: <c>None</c>, <c>Merge</c>, <c>Converge</c>, <c>Stream</c>; null when absent.</summary>
    public string? MergeMode { get; set; }

    /// <summary>Free-form custom properties other than the flags above.</summary>
    public JsonObject CustomProperties { get; set; } = new();

    public ActivityMetadata Metadata { get; set; } = new();

    /// <summary>Child activities of a container (<c>Elsa.Flowchart</c>, <c>Elsa.Sequence</c>); null for a leaf.</summary>
    public List<ActivityNode>? Activities { get; set; }

    /// <summary>Connections of an <c>Elsa.Flowchart</c>; null for other activities.</summary>
    public List<Connection>? Connections { get; set; }

    /// <summary>Explicit entry activity of a flowchart (<c>root.start</c>), an activity id; null when absent.</summary>
    public string? Start { get; set; }

    /// <summary>Variables declared on a container; null when the member is absent.</summary>
    public List<VariableDefinition>? Variables { get; set; }

    /// <summary>Unknown members of the activity object (e.g. <c>source</c>, <c>line</c>, <c>applicationProperties</c>).</summary>
    public JsonObject Extensions { get; set; } = new();

    public bool IsContainer => Activities is not null;

    /// <summary>The input with this JSON name, or null when absent or written as null.</summary>
    public ActivityInput? GetInput(string name) => Inputs.GetValueOrDefault(name);

    /// <summary>This node and all nodes below it, depth first, parents before children.</summary>
    public IEnumerable<ActivityNode> Descendants()
    {
        yield return this;
        if (Activities is null) yield break;
        foreach (var child in Activities)
            foreach (var node in child.Descendants())
                yield return node;
    }

    public override string ToString() => $"{Type} {Id}";
}

/// <summary>The activity's <c>metadata</c>: designer layout plus anything else (e.g. <c>displayText</c>).</summary>
public sealed class ActivityMetadata
{
    /// <summary>Position and size in the designer (<c>metadata.designer</c>); null when absent.</summary>
    public DesignerMetadata? Designer { get; set; }

    /// <summary>Other members of <c>metadata</c>, kept verbatim.</summary>
    public JsonObject Extensions { get; set; } = new();
}

/// <summary><c>metadata.designer</c>: <c>position{x,y}</c> and <c>size{width,height}</c>.</summary>
public sealed class DesignerMetadata
{
    public DesignerPoint? Position { get; set; }
    public DesignerSize? Size { get; set; }

    /// <summary>Other members of <c>metadata.designer</c>, kept verbatim.</summary>
    public JsonObject Extensions { get; set; } = new();
}

/// <summary>A point on the designer canvas, in pixels.</summary>
public readonly record struct DesignerPoint(double X, double Y);

/// <summary>The size of an activity on the designer canvas, in pixels.</summary>
public readonly record struct DesignerSize(double Width, double Height);
