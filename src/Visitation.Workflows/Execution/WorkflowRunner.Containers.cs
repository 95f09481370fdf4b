using Visitation.Workflows.Definitions;

namespace Visitation.Workflows.Execution;

public sealed partial class WorkflowRunner
{
    /// <summary>Starts a nested Flowchart or Sequence: it waits while its own activities run. False when the node is not one.</summary>
    static bool TryStartContainer(ExecutionSession session, ActivityNode node)
    {
        if (session.Graph.Inner(node.Id) is not { } inner) return false;
        if (!session.State.Activities.TryGetValue(node.Id, out var state))
            session.State.Activities[node.Id] = state = new ActivityState();
        state.InstanceId = session.NewId();
        state.ExecutionCount++;
        state.Status = ActivityStatus.Waiting;
        session.Journal(JournalEvent.Started, node);
        if (inner.Entry(null) is { } entry) Schedule(session, entry.Id);
        CompleteFinishedContainers(session);
        return true;
    }

    /// <summary>Completes (with <c>Done</c>) every running nested container with nothing left inside it.</summary>
    static void CompleteFinishedContainers(ExecutionSession session)
    {
        var state = session.State;
        foreach (var id in session.Graph.NestedContainers)
        {
            if (state.Activities.GetValueOrDefault(id) is not { Status: ActivityStatus.Waiting } container) continue;
            var inside = session.Graph.Descendants(id);
            var busy = state.Scheduled.Any(w => inside.Contains(w.ActivityId))
                || state.Bookmarks.Any(b => inside.Contains(b.ActivityId))
                || state.Activities.Any(a => inside.Contains(a.Key) && a.Value.Status is ActivityStatus.Waiting or ActivityStatus.Running or ActivityStatus.Faulted)
                || state.Joins.Any(j => inside.Contains(j.Key) && !j.Value.Fired && j.Value.Inbound.Values.Any(v => v == InboundState.Taken));
            if (busy) continue;
            container.Status = ActivityStatus.Completed;
            var node = session.Graph.Find(id)!;
            session.Journal(JournalEvent.Completed, node, Connection.DefaultSourcePort);
            OnCompleted(session, node, [Connection.DefaultSourcePort]);
        }
    }
}
