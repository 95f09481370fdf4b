using Visitation.Workflows.Activities;
using Visitation.Workflows.Bookmarks;
using Visitation.Workflows.Definitions;
using Visitation.Workflows.Expressions;

namespace Visitation.Workflows.Execution;

public sealed partial class WorkflowRunner
{
    /// <summary>Applies the retry policy, or records the fault. Returns true when the activity will be tried again.</summary>
    bool Fault(ExecutionSession session, ActivityNode? node, Exception exception, ScheduledWork? work = null)
    {
        var state = session.State;
        var now = session.Clock.GetUtcNow();
        var activityState = node is null ? null : state.Activities.GetValueOrDefault(node.Id);
        if (activityState is not null && work is not null && IsRetryable(exception))
        {
            activityState.FailedAttempts++;
            var policy = RetryPolicy.From(node!) ?? Options.DefaultRetryPolicy;
            if (activityState.FailedAttempts < policy.MaxAttempts)
            {
                var delay = policy.DelayBefore(activityState.FailedAttempts);
                session.Journal(JournalEvent.Faulted, node, message: $"Attempt {activityState.FailedAttempts} of {policy.MaxAttempts} failed: {exception.Message}");
                if (delay <= TimeSpan.Zero)
                {
                    state.Scheduled.Insert(0, work);
                    return true;
                }
                var retry = new Bookmark
                {
                    Id = session.NewId(),
                    Name = RetryBookmarkName,
                    Hash = BookmarkHasher.Hash(RetryBookmarkName, System.Text.Json.Nodes.JsonValue.Create(activityState.InstanceId), null),
                    Payload = System.Text.Json.JsonSerializer.SerializeToNode(work, ValueConverter.Json),
                    WorkflowInstanceId = state.Id,
                    TenantId = state.TenantId,
                    CorrelationId = state.CorrelationId,
                    ActivityId = node!.Id,
                    ActivityInstanceId = activityState.InstanceId!,
                    DueAt = now + delay,
                    CreatedAt = now,
                };
                state.Bookmarks.Add(retry);
                session.Step.BookmarksCreated.Add(retry);
                activityState.Status = ActivityStatus.Waiting;
                return true;
            }
        }

        if (activityState is not null) activityState.Status = ActivityStatus.Faulted;
        var incident = new Incident
        {
            Kind = Incident.Fault,
            ActivityId = node?.Id,
            ActivityType = node?.Type,
            ExceptionType = exception.GetType().Name,
            Message = exception.Message,
            At = now,
        };
        state.Incidents.Add(incident);
        session.Step.Incidents.Add(incident);
        session.Journal(JournalEvent.Faulted, node, message: exception.Message);
        state.SubStatus = WorkflowSubStatus.Faulted;
        return false;
    }

    static bool IsRetryable(Exception e) => e is not (WorkflowFaultException or ExpressionException);

}
