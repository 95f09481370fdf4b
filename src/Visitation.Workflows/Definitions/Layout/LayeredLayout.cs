namespace Visitation.Workflows.Definitions.Layout;

public enum LayoutDirection
{
    LeftToRight,
    TopToBottom,
}

/// <summary>Spacing and direction of <see cref="LayeredLayout"/>.</summary>
public sealed record LayoutOptions
{
    public LayoutDirection Direction { get; init; } = LayoutDirection.LeftToRight;

    /// <summary>Distance between layers along the flow.</summary>
    public double LayerSpacing { get; init; } = 280;

    /// <summary>Distance between activities of the same layer.</summary>
    public double NodeSpacing { get; init; } = 120;
}

/// <summary>
/// Automatic layered layout of a flowchart (for definitions without positions, e.g. Elsa 2 imports).
/// </summary>
/// <remarks>
/// Steps: (1) cycles are broken by ignoring the back edges of a depth-first search that starts at the
/// activities without inbound connections; (2) each activity's layer is the length of the longest path
/// reaching it, so every remaining connection points to a later layer; (3) activities within a layer are
/// ordered by the barycentre (mean position) of their neighbours, sweeping down and up a few times to
/// reduce crossings; (4) layers are placed along the flow and centred across it. Each activity gets a
/// distinct (layer, slot), so no two share a position.
/// </remarks>
public static class LayeredLayout
{
    private const int Sweeps = 4;

    /// <summary>Sets <c>metadata.designer.position</c> of every child of <paramref name="flowchart"/>.</summary>
    public static void Apply(ActivityNode flowchart, LayoutOptions? options = null)
    {
        options ??= new LayoutOptions();
        var activities = flowchart.Activities ?? [];
        var layers = ComputeLayers(activities, flowchart.Connections ?? []);
        for (var layer = 0; layer < layers.Count; layer++)
        {
            var slots = layers[layer];
            for (var slot = 0; slot < slots.Count; slot++)
            {
                var along = layer * options.LayerSpacing;
                var across = (slot - (slots.Count - 1) / 2.0) * options.NodeSpacing;
                var position = options.Direction == LayoutDirection.LeftToRight
                    ? new DesignerPoint(along, across)
                    : new DesignerPoint(across, along);
                var node = slots[slot];
                node.Metadata.Designer ??= new DesignerMetadata();
                node.Metadata.Designer.Position = position;
            }
        }
    }

    /// <summary>The activities grouped by layer, each layer in its final order.</summary>
    public static List<List<ActivityNode>> ComputeLayers(IReadOnlyList<ActivityNode> activities, IReadOnlyList<Connection> connections)
    {
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < activities.Count; i++) index.TryAdd(activities[i].Id, i);

        var successors = activities.Select(_ => new List<int>()).ToArray();
        foreach (var c in connections)
        {
            if (!index.TryGetValue(c.Source.Activity, out var s) || !index.TryGetValue(c.Target.Activity, out var t) || s == t) continue;
            if (!successors[s].Contains(t)) successors[s].Add(t);
        }

        var forward = RemoveBackEdges(successors);
        var layerOf = LongestPathLayers(forward);
        var layerCount = activities.Count == 0 ? 0 : layerOf.Max() + 1;
        var layers = Enumerable.Range(0, layerCount).Select(_ => new List<int>()).ToList();
        for (var v = 0; v < activities.Count; v++) layers[layerOf[v]].Add(v);

        OrderByBarycentre(layers, forward);
        return layers.Select(l => l.Select(v => activities[v]).ToList()).ToList();
    }

    private static List<int>[] RemoveBackEdges(List<int>[] successors)
    {
        var n = successors.Length;
        var hasInbound = new bool[n];
        foreach (var targets in successors) foreach (var t in targets) hasInbound[t] = true;

        var state = new int[n]; // 0 = new, 1 = on stack, 2 = done
        var forward = successors.Select(_ => new List<int>()).ToArray();
        var roots = Enumerable.Range(0, n).Where(v => !hasInbound[v]).Concat(Enumerable.Range(0, n));
        foreach (var root in roots)
        {
            if (state[root] != 0) continue;
            var stack = new Stack<(int Node, int Next)>();
            stack.Push((root, 0));
            state[root] = 1;
            while (stack.Count > 0)
            {
                var (v, next) = stack.Pop();
                if (next < successors[v].Count)
                {
                    stack.Push((v, next + 1));
                    var w = successors[v][next];
                    if (state[w] == 1) continue; // back edge: ignored for layering
                    forward[v].Add(w);
                    if (state[w] == 0)
                    {
                        state[w] = 1;
                        stack.Push((w, 0));
                    }
                }
                else
                {
                    state[v] = 2;
                }
            }
        }
        return forward;
    }

    private static int[] LongestPathLayers(List<int>[] forward)
    {
        var n = forward.Length;
        var inDegree = new int[n];
        foreach (var targets in forward) foreach (var t in targets) inDegree[t]++;
        var queue = new Queue<int>(Enumerable.Range(0, n).Where(v => inDegree[v] == 0));
        var layer = new int[n];
        while (queue.Count > 0)
        {
            var v = queue.Dequeue();
            foreach (var w in forward[v])
            {
                layer[w] = Math.Max(layer[w], layer[v] + 1);
                if (--inDegree[w] == 0) queue.Enqueue(w);
            }
        }
        return layer;
    }

    private static void OrderByBarycentre(List<List<int>> layers, List<int>[] forward)
    {
        var predecessors = forward.Select(_ => new List<int>()).ToArray();
        for (var v = 0; v < forward.Length; v++) foreach (var w in forward[v]) predecessors[w].Add(v);

        var slot = new double[forward.Length];
        void Renumber()
        {
            foreach (var layer in layers) for (var i = 0; i < layer.Count; i++) slot[layer[i]] = i;
        }

        Renumber();
        for (var sweep = 0; sweep < Sweeps; sweep++)
        {
            var down = sweep % 2 == 0;
            var order = down ? Enumerable.Range(1, layers.Count - 1) : Enumerable.Range(0, Math.Max(0, layers.Count - 1)).Reverse();
            foreach (var l in order)
            {
                var neighbours = down ? predecessors : forward;
                var keyed = layers[l]
                    .Select(v => (Node: v, Key: neighbours[v].Count == 0 ? slot[v] : neighbours[v].Average(u => slot[u])))
                    .OrderBy(x => x.Key)
                    .ThenBy(x => slot[x.Node])
                    .Select(x => x.Node)
                    .ToList();
                layers[l] = keyed;
                for (var i = 0; i < keyed.Count; i++) slot[keyed[i]] = i;
            }
        }
    }
}
