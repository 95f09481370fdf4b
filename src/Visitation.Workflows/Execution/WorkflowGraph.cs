using Visitation.Workflows.Definitions;

namespace Visitation.Workflows.Execution;

/// <summary>All containers of a definition: the root and any Flowchart or Sequence nested in it.</summary>
/// <remarks>
/// Activity ids are unique across the definition, so lookups by id need not know the container. A nested
/// container runs as one activity of its parent: it starts its own entry and completes (with <c>Done</c>)
/// when nothing inside it is scheduled, waiting, faulted or blocked in a join.
/// </remarks>
internal sealed class WorkflowGraph
{
    readonly Dictionary<string, FlowGraph> _inner = new(StringComparer.Ordinal);
    readonly Dictionary<string, FlowGraph> _graphOf = new(StringComparer.Ordinal);
    readonly Dictionary<string, HashSet<string>> _descendants = new(StringComparer.Ordinal);

    WorkflowGraph(ActivityNode root)
    {
        Root = FlowGraph.For(root);
        Index(Root);
        NestedContainers = _inner.Keys.OrderByDescending(id => Depth(id)).ToList();
    }

    public FlowGraph Root { get; }

    /// <summary>Ids of nested containers, deepest first.</summary>
    public IReadOnlyList<string> NestedContainers { get; }

    public static WorkflowGraph For(WorkflowDefinition definition) => new(definition.Root);

    public ActivityNode? Find(string id) => _graphOf.GetValueOrDefault(id)?.Find(id);

    /// <summary>The graph of a nested container, or null when the activity is not one.</summary>
    public FlowGraph? Inner(string id) => _inner.GetValueOrDefault(id);

    public IReadOnlySet<string> Descendants(string containerId) => _descendants[containerId];

    public ActivityNode? Entry(string? triggerActivityId) =>
        triggerActivityId is not null && Find(triggerActivityId) is { } trigger && _graphOf[trigger.Id] == Root ? trigger : Root.Entry(null);

    public IReadOnlyList<FlowEdge> Outbound(string id) => GraphOf(id).Outbound(id);
    public IEnumerable<FlowEdge> ForwardInbound(string id) => GraphOf(id).ForwardInbound(id);

    FlowGraph GraphOf(string id) => _graphOf.GetValueOrDefault(id) ?? Root;

    static bool IsNestedContainer(ActivityNode node) =>
        node.IsContainer && node.Type is WellKnownActivityTypes.Flowchart or WellKnownActivityTypes.Sequence;

    void Index(FlowGraph graph)
    {
        foreach (var node in graph.Nodes)
        {
            _graphOf[node.Id] = graph;
            if (!IsNestedContainer(node) || graph.Root == node) continue;
            var inner = FlowGraph.For(node);
            _inner[node.Id] = inner;
            _descendants[node.Id] = node.Descendants().Skip(1).Select(n => n.Id).ToHashSet(StringComparer.Ordinal);
            Index(inner);
        }
    }

    int Depth(string id) => _descendants.Count(d => d.Value.Contains(id));
}
