using System.Reflection;
using Visitation.Workflows.Activities;
using Visitation.Workflows.Bookmarks;
using Visitation.Workflows.Definitions;
using Visitation.Workflows.Expressions;

namespace Visitation.Workflows.Execution;

public sealed partial class WorkflowRunner
{
    // Runs scheduled work until none is left. A faulted activity does not stop the other branches: its work
    // is set aside and put back at the end (for RetryAsync), and the instance ends the step as Faulted.
    // "parked" is work an earlier fault left: resuming a faulted instance runs only the resumed branch.
    async Task RunAsync(ExecutionSession session, CancellationToken cancellationToken, IReadOnlyList<ScheduledWork>? parked = null)
    {
        var state = session.State;
        state.SubStatus = WorkflowSubStatus.Executing;
        var failed = new List<ScheduledWork>(parked ?? []);
        var runs = 0;
        while (state.Scheduled.Count > 0 && state.Status == WorkflowStatus.Running)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var work = state.Scheduled[0];
            state.Scheduled.RemoveAt(0);
            if (++runs > Options.MaxActivityRunsPerStep)
            {
                failed.Add(work);
                Fault(session, session.Graph.Find(work.ActivityId), new WorkflowFaultException(
                    $"More than {Options.MaxActivityRunsPerStep} activity runs in one step: a loop without a blocking activity?"));
                break;
            }
            if (!await ExecuteAsync(session, work, work.Bookmark)) failed.Add(work);
            if (session.Graph.NestedContainers.Count > 0 && state.Status == WorkflowStatus.Running) CompleteFinishedContainers(session);
        }
        if (failed.Count > 0 && state.Status == WorkflowStatus.Running)
        {
            state.Scheduled.InsertRange(0, failed);
            state.SubStatus = WorkflowSubStatus.Faulted;
            state.UpdatedAt = session.Clock.GetUtcNow();
            return;
        }
        Settle(session);
    }

    /// <summary>Runs one scheduled activity; false when it faulted (after its retries).</summary>
    async Task<bool> ExecuteAsync(ExecutionSession session, ScheduledWork work, Bookmark? bookmark)
    {
        var state = session.State;
        var node = session.Graph.Find(work.ActivityId);
        if (node is null)
            return Fault(session, null, new WorkflowFaultException($"Activity '{work.ActivityId}' is not in the definition."), work);
        if (bookmark is null && TryStartContainer(session, node)) return true;
        var descriptor = _registry.Find(node.Type, node.Version) ?? _registry.FindLatest(node.Type);
        if (descriptor?.ClrType is not { } type)
            return Fault(session, node, new WorkflowFaultException($"Unknown activity type '{node.Type}' (version {node.Version})."), work);

        if (!state.Activities.TryGetValue(node.Id, out var activityState))
            state.Activities[node.Id] = activityState = new ActivityState();
        if (bookmark is null && activityState.FailedAttempts == 0)
        {
            activityState.InstanceId = session.NewId();
            activityState.ExecutionCount++;
            activityState.Data = new();
        }
        activityState.Status = ActivityStatus.Running;
        session.ExecutedCount++;

        var context = new ActivityContext(session, node, activityState, bookmark, work.Input);
        try
        {
            var activity = ActivityFactory.Create(type, node);
            if (bookmark is null)
            {
                session.Journal(JournalEvent.Started, node);
                await activity.ExecuteAsync(context);
            }
            else
            {
                session.Journal(JournalEvent.Resumed, node);
                if (bookmark.CallbackMethodName is { } name)
                    await (ValueTask)ActivityFactory.FindCallback(type, name).Invoke(activity, [context])!;
                else
                    await context.CompleteAsync();
            }
        }
        catch (ResumeRejectedException)
        {
            throw;
        }
        catch (Exception e)
        {
            return Fault(session, node, e is TargetInvocationException { InnerException: { } inner } ? inner : e, work);
        }

        activityState.FailedAttempts = 0;
        foreach (var created in context.CreatedBookmarks)
        {
            state.Bookmarks.Add(created);
            session.Step.BookmarksCreated.Add(created);
        }

        if (context.FinishRequested)
        {
            activityState.Status = ActivityStatus.Completed;
            session.Journal(JournalEvent.Completed, node, message: context.JournalMessage);
            FinishEverything(session);
            return true;
        }
        if (context.IsCompleted)
        {
            RemoveBookmarksOf(session, activityState.InstanceId!);
            activityState.Status = ActivityStatus.Completed;
            session.Journal(JournalEvent.Completed, node, string.Join(",", context.Outcomes), context.JournalMessage);
            OnCompleted(session, node, context.Outcomes);
        }
        else
        {
            activityState.Status = ActivityStatus.Waiting;
            session.Journal(JournalEvent.Suspended, node, message: context.JournalMessage);
        }
        return true;
    }

    static void RemoveBookmarksOf(ExecutionSession session, string activityInstanceId)
    {
        var owned = session.State.Bookmarks.Where(b => b.ActivityInstanceId == activityInstanceId).ToList();
        foreach (var bookmark in owned) session.RemoveBookmark(bookmark);
    }

    static void FinishEverything(ExecutionSession session)
    {
        var state = session.State;
        foreach (var (id, activity) in state.Activities.Where(a => a.Value.Status == ActivityStatus.Waiting))
        {
            activity.Status = ActivityStatus.Cancelled;
            session.Journal(JournalEvent.Cancelled, session.Graph.Find(id));
        }
        foreach (var bookmark in state.Bookmarks.ToList()) session.RemoveBookmark(bookmark);
        state.Scheduled.Clear();
        state.Joins.Clear();
        End(session, WorkflowSubStatus.Finished);
    }

    /// <summary>Decides the status after the step: finished, suspended, faulted; flags a stall.</summary>
    static void Settle(ExecutionSession session)
    {
        var state = session.State;
        state.UpdatedAt = session.Clock.GetUtcNow();
        if (state.Status == WorkflowStatus.Finished || state.SubStatus == WorkflowSubStatus.Faulted) return;
        var blocked = state.Joins.Values.Any(j => !j.Fired && j.Inbound.Values.Any(v => v == InboundState.Taken));
        if (state.Scheduled.Count == 0 && state.Bookmarks.Count == 0 && !blocked
            && state.Activities.Values.All(a => a.Status != ActivityStatus.Waiting))
        {
            End(session, WorkflowSubStatus.Finished);
            return;
        }
        state.SubStatus = WorkflowSubStatus.Suspended;
        if (state.Bookmarks.Count == 0 && state.Scheduled.Count == 0 && !state.Incidents.Any(i => i.Kind == Incident.Stalled))
        {
            var incident = new Incident
            {
                Kind = Incident.Stalled,
                Message = blocked
                    ? "The instance is blocked in a join that can no longer complete, and waits for nothing."
                    : "The instance waits for nothing: no bookmark and no scheduled work.",
                At = state.UpdatedAt,
            };
            state.Incidents.Add(incident);
            session.Step.Incidents.Add(incident);
        }
    }
}
