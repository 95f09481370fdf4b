using System.Text.Json.Nodes;

namespace Visitation.Workflows.Definitions;

/// <summary>
/// One version of a workflow definition in the Elsa 3 shape: identity, declarations and a root activity.
/// </summary>
/// <remarks>
/// <see cref="DefinitionId"/> is the stable identity of the workflow family; <see cref="Id"/> identifies one
/// stored version. <see cref="IsPublished"/> and <see cref="IsLatest"/> are as read from a file; the store
/// decides them. Unknown top-level members (<c>$schema</c>, <c>isReadonly</c>, <c>isSystem</c>, ...) are
/// kept in <see cref="Extensions"/>.
/// Serialised with <see cref="Serialization.WorkflowDefinitionJsonConverter"/>: always the Elsa 3 shape.
/// </remarks>
[System.Text.Json.Serialization.JsonConverter(typeof(Serialization.WorkflowDefinitionJsonConverter))]
public sealed class WorkflowDefinition
{
    public required string DefinitionId { get; set; }
    public required string Id { get; set; }
    public string? Name { get; set; }
    public string? Description { get; set; }
    public int Version { get; set; } = 1;
    public DateTimeOffset? CreatedAt { get; set; }
    public string? ToolVersion { get; set; }
    public List<VariableDefinition> Variables { get; set; } = [];
    public List<WorkflowInputDefinition> Inputs { get; set; } = [];
    public List<WorkflowOutputDefinition> Outputs { get; set; } = [];
    public List<string> Outcomes { get; set; } = [];
    public JsonObject CustomProperties { get; set; } = new();

    /// <summary>Elsa's <c>options</c> (e.g. <c>usableAsActivity</c>, <c>autoUpdateConsumingWorkflows</c>); null when absent.</summary>
    public JsonObject? Options { get; set; }

    public bool IsLatest { get; set; }
    public bool IsPublished { get; set; }

    /// <summary>The root activity: <c>Elsa.Flowchart</c> or <c>Elsa.Sequence</c>.</summary>
    public required ActivityNode Root { get; set; }

    /// <summary>Unknown top-level members, kept verbatim.</summary>
    public JsonObject Extensions { get; set; } = new();

    /// <summary>All activities of the definition, the root included, depth first.</summary>
    public IEnumerable<ActivityNode> AllActivities() => Root.Descendants();

    /// <summary>The activity with this id anywhere in the tree, or null.</summary>
    public ActivityNode? FindActivity(string id) => AllActivities().FirstOrDefault(a => a.Id == id);
}
