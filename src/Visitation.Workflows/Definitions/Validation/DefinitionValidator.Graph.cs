using Visitation.Workflows.Descriptors;

namespace Visitation.Workflows.Definitions.Validation;

public sealed partial class DefinitionValidator
{
    private void ValidateFlowchart(ActivityNode flowchart, string path, Findings findings)
    {
        var children = flowchart.Activities ?? [];
        var connections = flowchart.Connections ?? [];
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < children.Count; i++) index.TryAdd(children[i].Id, i);

        var edges = children.Select(_ => new List<int>()).ToArray();
        var hasInbound = new bool[children.Count];
        for (var i = 0; i < connections.Count; i++)
        {
            var c = connections[i];
            var at = $"{path}/connections/{i}";
            var reference = ConnectionReference.From(c);
            var sourceFound = index.TryGetValue(c.Source.Activity, out var s);
            var targetFound = index.TryGetValue(c.Target.Activity, out var t);
            var (sourceAt, sourcePortAt, targetAt, targetPortAt) = c.ReadFromFlatStyle
                ? (at + "/source", at + "/sourcePort", at + "/target", at + "/targetPort")
                : (at + "/source/activity", at + "/source/port", at + "/target/activity", at + "/target/port");
            if (!sourceFound)
                findings.Error(ValidationCodes.MissingSource, sourceAt, null, reference, c.Source.Activity);
            if (!targetFound)
                findings.Error(ValidationCodes.MissingTarget, targetAt, null, reference, c.Target.Activity);
            if (sourceFound && registry.Find(children[s].Type, children[s].Version) is { } descriptor
                && !OutcomePorts.Resolve(descriptor, children[s]).Accepts(c.Source.Port))
                findings.Error(ValidationCodes.UnknownSourcePort, sourcePortAt, children[s].Id, reference,
                    Label(children[s]), children[s].Type, c.Source.Port);
            if (c.Target.Port != Connection.DefaultTargetPort)
                findings.Error(ValidationCodes.UnknownTargetPort, targetPortAt, targetFound ? children[t].Id : null, reference,
                    c.Target.Port, c.Target.Activity);
            if (sourceFound && targetFound)
            {
                edges[s].Add(t);
                hasInbound[t] = true;
            }
        }

        var entries = FindEntries(flowchart, children, hasInbound, path, findings);
        if (entries is null) return;
        WarnUnreachable(children, edges, entries, path, findings);
        WarnLoopsWithoutBlocking(children, edges, path, findings);
    }

    /// <summary>The entry activities, or null (after reporting an error) when there is none.</summary>
    private static List<int>? FindEntries(ActivityNode flowchart, List<ActivityNode> children, bool[] hasInbound, string path, Findings findings)
    {
        int entry;
        if (flowchart.Start is { } start)
        {
            entry = children.FindIndex(a => a.Id == start);
            if (entry < 0) entry = children.FindIndex(a => a.Name == start);
            if (entry < 0)
            {
                findings.Error(ValidationCodes.StartNotFound, path + "/start", flowchart.Id, null, start, Label(flowchart));
                return null;
            }
        }
        else
        {
            entry = children.FindIndex(a => a.Type == WellKnownActivityTypes.Start);
            if (entry < 0) entry = Array.IndexOf(hasInbound, false);
            if (entry < 0)
            {
                findings.Error(ValidationCodes.NoEntry, path, flowchart.Id, null, Label(flowchart));
                return null;
            }
        }

        var entries = new List<int> { entry };
        for (var i = 0; i < children.Count; i++)
            if (children[i].CanStartWorkflow && i != entry) entries.Add(i);
        return entries;
    }

    private static void WarnUnreachable(List<ActivityNode> children, List<int>[] edges, List<int> entries, string path, Findings findings)
    {
        var reached = new bool[children.Count];
        var queue = new Queue<int>(entries);
        foreach (var e in entries) reached[e] = true;
        while (queue.Count > 0)
            foreach (var next in edges[queue.Dequeue()])
                if (!reached[next])
                {
                    reached[next] = true;
                    queue.Enqueue(next);
                }

        for (var i = 0; i < children.Count; i++)
            if (!reached[i])
                findings.Warning(ValidationCodes.Unreachable, $"{path}/activities/{i}", children[i].Id, null, Label(children[i]));
    }

    private void WarnLoopsWithoutBlocking(List<ActivityNode> children, List<int>[] edges, string path, Findings findings)
    {
        foreach (var component in StronglyConnectedComponents(edges))
        {
            var isLoop = component.Count > 1 || edges[component[0]].Contains(component[0]);
            if (!isLoop || component.Any(i => IsBlocking(children[i]))) continue;
            component.Sort();
            var first = children[component[0]];
            var members = string.Join(", ", component.Select(i => $"'{Label(children[i])}'"));
            findings.Warning(ValidationCodes.LoopWithoutBlocking, $"{path}/activities/{component[0]}", first.Id, null, members);
        }
    }

    /// <summary>An activity blocks when its descriptor says so; a container blocks when any activity inside it does.</summary>
    private bool IsBlocking(ActivityNode node) =>
        registry.Find(node.Type, node.Version)?.IsBlocking == true
        || (node.Activities?.Any(IsBlocking) ?? false);

    /// <summary>Tarjan's algorithm, iterative.</summary>
    private static List<List<int>> StronglyConnectedComponents(List<int>[] edges)
    {
        var n = edges.Length;
        var order = new int[n];
        var low = new int[n];
        var onStack = new bool[n];
        Array.Fill(order, -1);
        var stack = new Stack<int>();
        var result = new List<List<int>>();
        var counter = 0;

        for (var root = 0; root < n; root++)
        {
            if (order[root] >= 0) continue;
            var work = new Stack<(int Node, int Next)>();
            work.Push((root, 0));
            while (work.Count > 0)
            {
                var (v, next) = work.Pop();
                if (next == 0)
                {
                    order[v] = low[v] = counter++;
                    stack.Push(v);
                    onStack[v] = true;
                }
                if (next < edges[v].Count)
                {
                    work.Push((v, next + 1));
                    var w = edges[v][next];
                    if (order[w] < 0) work.Push((w, 0));
                    else if (onStack[w]) low[v] = Math.Min(low[v], order[w]);
                    continue;
                }
                if (work.Count > 0)
                {
                    var parent = work.Peek().Node;
                    low[parent] = Math.Min(low[parent], low[v]);
                }
                if (low[v] != order[v]) continue;
                var component = new List<int>();
                int member;
                do
                {
                    member = stack.Pop();
                    onStack[member] = false;
                    component.Add(member);
                } while (member != v);
                result.Add(component);
            }
        }
        return result;
    }
}
