using Visitation.Workflows.Definitions;
using Visitation.Workflows.Expressions;

namespace Visitation.Workflows.Execution;

/// <summary>How a target with several inbound connections decides to run.</summary>
/// <remarks>
/// Inbound connections are tracked per wave as Pending, Taken (the source chose this port), Declined (the
/// source completed with another port) or Pruned (the source will not run: all of its inbound connections
/// were dead). Back-edges (loops) never wait: a token on a back-edge runs its target at once.
/// </remarks>
public enum JoinMode
{
    /// <summary>No <c>mergeMode</c>: like <see cref="WaitAll"/> (dead branches, declined or pruned, do not block).</summary>
    Default,
    /// <summary><c>None</c>/<c>Stream</c>: the target runs for every arriving token.</summary>
    Stream,
    /// <summary><c>Merge</c>: waits for every inbound branch unless its own source declined it; pruned branches still block.</summary>
    Merge,
    /// <summary><c>Converge</c>: every inbound connection must be taken.</summary>
    Converge,
    /// <summary>FlowJoin <c>WaitAll</c>: waits for every active inbound branch (declined or pruned ones are not waited for).</summary>
    WaitAll,
    /// <summary>FlowJoin <c>WaitAny</c>: runs on the first token and absorbs the rest of the same wave.</summary>
    WaitAny,
    /// <summary>FlowJoin <c>WaitAllInbound</c>: every inbound connection must be taken.</summary>
    WaitAllInbound,
}

public sealed partial class WorkflowRunner
{
    static void OnCompleted(ExecutionSession session, ActivityNode node, IReadOnlyList<string> outcomes)
    {
        foreach (var edge in session.Graph.Outbound(node.Id))
            Deliver(session, edge, edge.Matches(outcomes) ? InboundState.Taken : InboundState.Declined);
    }

    static void Deliver(ExecutionSession session, FlowEdge edge, InboundState arrival)
    {
        var state = session.State;
        if (edge.IsBackEdge)
        {
            if (arrival == InboundState.Taken) Schedule(session, edge.Target);
            return;
        }
        var forward = session.Graph.ForwardInbound(edge.Target).ToList();
        var mode = ModeOf(session, edge.Target);
        if (forward.Count <= 1 && mode is not (JoinMode.WaitAny or JoinMode.WaitAll or JoinMode.WaitAllInbound))
        {
            if (arrival == InboundState.Taken) Schedule(session, edge.Target);
            else Prune(session, edge.Target);
            return;
        }

        if (!state.Joins.TryGetValue(edge.Target, out var join)) state.Joins[edge.Target] = join = new JoinState();
        join.Inbound[edge.Key] = arrival;
        InboundState Of(FlowEdge e) => join.Inbound.GetValueOrDefault(e.Key, InboundState.Pending);
        var allArrived = forward.All(e => Of(e) != InboundState.Pending);
        var allDead = allArrived && forward.All(e => Of(e) is InboundState.Declined or InboundState.Pruned);

        switch (mode)
        {
            case JoinMode.Stream:
                if (arrival == InboundState.Taken)
                {
                    join.Inbound.Remove(edge.Key);
                    Schedule(session, edge.Target);
                }
                else if (allDead) Reset(edge.Target, prune: true);
                break;

            case JoinMode.WaitAny:
                if (join.Fired)
                {
                    if (allArrived) Reset(edge.Target, prune: false);
                }
                else if (arrival == InboundState.Taken)
                {
                    join.Fired = true;
                    Schedule(session, edge.Target);
                    if (allArrived) Reset(edge.Target, prune: false);
                    else CancelLosingBranches(session, forward.Where(e => Of(e) == InboundState.Pending));
                }
                else if (allDead) Reset(edge.Target, prune: true);
                break;

            default:
                bool Satisfied(InboundState s) => mode switch
                {
                    JoinMode.Merge => s is InboundState.Taken or InboundState.Declined,
                    JoinMode.Converge or JoinMode.WaitAllInbound => s is InboundState.Taken,
                    _ => s != InboundState.Pending,
                };
                if (allDead) Reset(edge.Target, prune: true);
                else if (forward.All(e => Satisfied(Of(e))))
                {
                    Reset(edge.Target, prune: false);
                    Schedule(session, edge.Target);
                }
                break;
        }

        void Reset(string target, bool prune)
        {
            state.Joins.Remove(target);
            if (prune) Prune(session, target);
        }
    }

    /// <summary>
    /// After a WaitAny join fired: activities still waiting upstream of its other inbound connections are
    /// cancelled (their bookmarks removed), as Elsa does, so the instance does not wait for a branch that no
    /// longer matters.
    /// </summary>
    static void CancelLosingBranches(ExecutionSession session, IEnumerable<FlowEdge> pending)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var stack = new Stack<string>(pending.Select(e => e.Source));
        while (stack.Count > 0)
        {
            var id = stack.Pop();
            if (!seen.Add(id)) continue;
            if (session.State.Activities.GetValueOrDefault(id) is { Status: ActivityStatus.Waiting } waiting)
            {
                waiting.Status = ActivityStatus.Cancelled;
                foreach (var bookmark in session.State.Bookmarks.Where(b => b.ActivityId == id).ToList())
                    session.RemoveBookmark(bookmark);
                session.Journal(JournalEvent.Cancelled, session.Graph.Find(id));
            }
            foreach (var edge in session.Graph.ForwardInbound(id)) stack.Push(edge.Source);
        }
    }

    /// <summary>The target will not run in this wave: its outbound connections are dead too.</summary>
    static void Prune(ExecutionSession session, string activityId)
    {
        foreach (var edge in session.Graph.Outbound(activityId))
            if (!edge.IsBackEdge) Deliver(session, edge, InboundState.Pruned);
    }

    static void Schedule(ExecutionSession session, string activityId) =>
        session.State.Scheduled.Add(new ScheduledWork(activityId));

    static JoinMode ModeOf(ExecutionSession session, string activityId)
    {
        var node = session.Graph.Find(activityId);
        if (node is null) return JoinMode.Default;
        if (node.Type == WellKnownActivityTypes.FlowJoin)
        {
            var expression = node.GetInput("mode")?.Expression;
            string? text;
            try
            {
                text = expression is null ? null
                    : ValueConverter.AsString(session.Evaluator.EvaluateToNode(expression.Type, expression.Value, session.ScopeFor(node.Id)));
            }
            catch (ExpressionException)
            {
                text = null; // an unreadable mode waits for all branches, the safe choice
            }
            return text switch
            {
                "WaitAny" => JoinMode.WaitAny,
                "WaitAllInbound" => JoinMode.WaitAllInbound,
                _ => JoinMode.WaitAll,
            };
        }
        return node.MergeMode switch
        {
            "None" or "Stream" => JoinMode.Stream,
            "Merge" => JoinMode.Merge,
            "Converge" => JoinMode.Converge,
            _ => JoinMode.Default,
        };
    }
}
