using Visitation.Workflows.Definitions;

namespace Visitation.Workflows.Execution;

/// <summary>The executable shape of one container: its activities, its edges and its entry.</summary>
/// <remarks>
/// A flowchart's connections become edges; a sequence becomes a chain whose edges follow any outcome.
/// An edge S→T is a back-edge when S can be reached from T (a loop); back-edges never wait in a join.
/// The entry is, in order: an explicit trigger activity, <c>root.start</c>, an <c>Elsa.Start</c> activity,
/// the first activity without inbound connections, the first activity.
/// </remarks>
internal sealed class FlowGraph
{
    readonly Dictionary<string, ActivityNode> _nodes;
    readonly Dictionary<string, List<FlowEdge>> _outbound = new(StringComparer.Ordinal);
    readonly Dictionary<string, List<FlowEdge>> _inbound = new(StringComparer.Ordinal);

    FlowGraph(ActivityNode root, List<ActivityNode> nodes, List<FlowEdge> edges)
    {
        Root = root;
        _nodes = nodes.GroupBy(n => n.Id).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        Nodes = nodes;
        foreach (var edge in edges.Where(e => _nodes.ContainsKey(e.Source) && _nodes.ContainsKey(e.Target)))
        {
            Add(_outbound, edge.Source, edge);
            Add(_inbound, edge.Target, edge);
        }
        foreach (var edge in _outbound.Values.SelectMany(e => e))
            edge.IsBackEdge = Reaches(edge.Target, edge.Source);
    }

    public ActivityNode Root { get; }
    public IReadOnlyList<ActivityNode> Nodes { get; }

    public static FlowGraph For(ActivityNode root)
    {
        var nodes = root.Activities ?? [];
        if (root.Type == WellKnownActivityTypes.Sequence)
        {
            var chain = nodes.Zip(nodes.Skip(1), (a, b) => new FlowEdge(a.Id, null, b.Id)).ToList();
            return new FlowGraph(root, nodes, chain);
        }
        if (root.Type != WellKnownActivityTypes.Flowchart)
            return new FlowGraph(root, [root], []); // a single activity as root
        var edges = (root.Connections ?? []).Select(c => new FlowEdge(c.Source.Activity, c.Source.Port ?? Connection.DefaultSourcePort, c.Target.Activity)).ToList();
        return new FlowGraph(root, nodes, edges);
    }

    public ActivityNode? Find(string id) => _nodes.GetValueOrDefault(id);

    public IReadOnlyList<FlowEdge> Outbound(string id) => _outbound.GetValueOrDefault(id) ?? [];
    public IReadOnlyList<FlowEdge> Inbound(string id) => _inbound.GetValueOrDefault(id) ?? [];
    public IEnumerable<FlowEdge> ForwardInbound(string id) => Inbound(id).Where(e => !e.IsBackEdge);

    public ActivityNode? Entry(string? triggerActivityId)
    {
        if (triggerActivityId is not null && Find(triggerActivityId) is { } trigger) return trigger;
        if (Root.Type == WellKnownActivityTypes.Sequence) return Nodes.FirstOrDefault();
        if (Root.Start is { } start && Find(start) is { } explicitStart) return explicitStart;
        return Nodes.FirstOrDefault(n => n.Type == WellKnownActivityTypes.Start)
            ?? Nodes.FirstOrDefault(n => Inbound(n.Id).Count == 0)
            ?? Nodes.FirstOrDefault();
    }

    bool Reaches(string from, string to)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var stack = new Stack<string>([from]);
        while (stack.Count > 0)
        {
            var current = stack.Pop();
            if (current == to) return true;
            if (!seen.Add(current)) continue;
            foreach (var edge in Outbound(current)) stack.Push(edge.Target);
        }
        return false;
    }

    static void Add(Dictionary<string, List<FlowEdge>> map, string key, FlowEdge edge)
    {
        if (!map.TryGetValue(key, out var list)) map[key] = list = [];
        list.Add(edge);
    }
}

/// <summary>An edge from an outcome port (null: any outcome, as in a sequence) to a target activity.</summary>
internal sealed class FlowEdge(string source, string? port, string target)
{
    public string Source { get; } = source;
    public string? Port { get; } = port;
    public string Target { get; } = target;
    public bool IsBackEdge { get; set; }
    public string Key => Source + ":" + (Port ?? "*");

    public bool Matches(IReadOnlyList<string> outcomes) => Port is null ? outcomes.Count > 0 : outcomes.Contains(Port, StringComparer.Ordinal);
}
