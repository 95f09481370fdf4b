using System.Text.Json;
using System.Text.Json.Nodes;
using Visitation.Workflows.Expressions;
using Visitation.Workflows.Activities;
using Visitation.Workflows.Bookmarks;
using Visitation.Workflows.Definitions;
using Visitation.Workflows.Descriptors;

namespace Visitation.Workflows.Execution;

/// <summary>Executes flowcharts (and sequences): state in, new state plus effects out.</summary>
/// <remarks>
/// <para>The runner is pure with respect to storage: it never loads or saves anything, reads time only from
/// its <see cref="TimeProvider"/>, and works on a copy of the state, so an exception (or a rejected resume)
/// leaves the caller's state untouched. Each call runs until nothing more can run without a stimulus.</para>
/// <para>Flowchart semantics: outcomes are ports; every connection from a chosen port is followed (fan-out);
/// a path ends at an activity with no connection for its outcome. A target with several inbound connections
/// is a join, by its <c>customProperties.mergeMode</c> (implicit) or, for <c>Elsa.FlowJoin</c>, its
/// <c>mode</c>; see <see cref="JoinMode"/>. Loops re-run activities through back-edges. The flowchart
/// completes when nothing is scheduled, waiting on a bookmark or blocked in a join; <c>Elsa.Finish</c> ends
/// everything at once. An instance left running with nothing to wait for gets a <c>Stalled</c> incident.</para>
/// </remarks>
public sealed partial class WorkflowRunner
{
    /// <summary>Bookmark name of a delayed retry after a failed attempt.</summary>
    public const string RetryBookmarkName = "Visitation.Retry";

    readonly ActivityRegistry _registry;
    readonly TimeProvider _clock;

    public WorkflowRunner(ActivityRegistry registry, WorkflowRunnerOptions? options = null, TimeProvider? clock = null)
    {
        _registry = registry;
        Options = options ?? new WorkflowRunnerOptions();
        _clock = clock ?? TimeProvider.System;
    }

    public WorkflowRunnerOptions Options { get; }

    /// <summary>Creates a new instance of <paramref name="definition"/> and runs it until it waits or ends.</summary>
    public async Task<WorkflowStep> StartAsync(WorkflowDefinition definition, StartWorkflowOptions? start = null, CancellationToken cancellationToken = default)
    {
        start ??= new StartWorkflowOptions();
        var now = _clock.GetUtcNow();
        var state = new WorkflowState
        {
            Id = start.InstanceId ?? Options.NewId(),
            TenantId = start.TenantId,
            DefinitionId = definition.DefinitionId,
            DefinitionVersion = definition.Version,
            CorrelationId = start.CorrelationId,
            ParentInstanceId = start.ParentInstanceId,
            Variables = ExecutionSession.InitialVariables(definition),
            Input = new Dictionary<string, JsonNode?>(start.Input, StringComparer.Ordinal),
            CreatedAt = now,
            UpdatedAt = now,
        };
        if (start.ParentInstanceId is not null) state.Properties["ParentInstanceId"] = start.ParentInstanceId;
        if (start.ParentBookmarkId is not null) state.Properties["ParentBookmarkId"] = start.ParentBookmarkId;

        var session = new ExecutionSession(definition, state, Options, _registry, _clock, start.Actor) { TriggerActivityId = start.TriggerActivityId };
        if (session.Graph.Entry(start.TriggerActivityId) is { } entry)
            state.Scheduled.Add(new ScheduledWork(entry.Id, Input: start.TriggerInput));
        await RunAsync(session, cancellationToken);
        return session.Step;
    }

    /// <summary>Resumes the bookmark <paramref name="bookmarkId"/> of <paramref name="state"/> with <paramref name="input"/>.</summary>
    /// <exception cref="BookmarkNotFoundException">The instance has no such bookmark (already resumed, or stale).</exception>
    /// <exception cref="ResumeRejectedException">The activity refused the input; the state is unchanged.</exception>
    public Task<WorkflowStep> ResumeAsync(WorkflowDefinition definition, WorkflowState state, string bookmarkId,
        JsonNode? input = null, string? actor = null, CancellationToken cancellationToken = default) =>
        ResumeAsync(definition, state, copyState: true, bookmarkId, input, actor, cancellationToken);

    /// <summary>
    /// Resumes on <paramref name="state"/> itself instead of a copy, for a caller that owns the state and drops it
    /// when the resume fails (the runtime, which loads a fresh state for every step): one JSON round trip less.
    /// </summary>
    internal Task<WorkflowStep> ResumeOwnedAsync(WorkflowDefinition definition, WorkflowState state, string bookmarkId,
        JsonNode? input, string? actor, CancellationToken cancellationToken) =>
        ResumeAsync(definition, state, copyState: false, bookmarkId, input, actor, cancellationToken);

    async Task<WorkflowStep> ResumeAsync(WorkflowDefinition definition, WorkflowState state, bool copyState, string bookmarkId,
        JsonNode? input, string? actor, CancellationToken cancellationToken)
    {
        if (state.Status == WorkflowStatus.Finished || state.Bookmarks.All(b => b.Id != bookmarkId))
            throw new BookmarkNotFoundException(state.Id, bookmarkId);
        var session = new ExecutionSession(definition, copyState ? state.Clone() : state, Options, _registry, _clock, actor);
        var parked = new List<ScheduledWork>();
        if (session.State.SubStatus == WorkflowSubStatus.Faulted)
        {
            parked.AddRange(session.State.Scheduled);
            session.State.Scheduled.Clear();
        }
        var bookmark = session.State.Bookmarks.Single(b => b.Id == bookmarkId);
        session.RemoveBookmark(bookmark);
        session.State.Scheduled.Insert(0, bookmark.Name == RetryBookmarkName
            ? bookmark.Payload.Deserialize<ScheduledWork>(ValueConverter.Json) ?? new ScheduledWork(bookmark.ActivityId)
            : new ScheduledWork(bookmark.ActivityId, bookmark, input?.DeepClone()));
        await RunAsync(session, cancellationToken, parked);
        return session.Step;
    }

    /// <summary>Runs a faulted instance again from the work the fault left (the API's "retry").</summary>
    public async Task<WorkflowStep> RetryAsync(WorkflowDefinition definition, WorkflowState state, string? actor = null, CancellationToken cancellationToken = default)
    {
        if (state.SubStatus != WorkflowSubStatus.Faulted)
            throw new InvalidOperationException($"Instance {state.Id} is not faulted.");
        var session = new ExecutionSession(definition, state.Clone(), Options, _registry, _clock, actor);
        foreach (var activity in session.State.Activities.Values.Where(a => a.Status == ActivityStatus.Faulted))
            activity.FailedAttempts = 0;
        await RunAsync(session, cancellationToken);
        return session.Step;
    }

    /// <summary>Cancels an instance: its bookmarks are removed and it ends as <c>Finished</c>/<c>Cancelled</c>.</summary>
    public WorkflowStep Cancel(WorkflowDefinition definition, WorkflowState state, string? actor = null)
    {
        if (state.Status == WorkflowStatus.Finished)
            throw new InvalidOperationException($"Instance {state.Id} has already finished.");
        var session = new ExecutionSession(definition, state.Clone(), Options, _registry, _clock, actor);
        var s = session.State;
        foreach (var (id, activity) in s.Activities.Where(a => a.Value.Status is ActivityStatus.Waiting or ActivityStatus.Running or ActivityStatus.Faulted))
        {
            activity.Status = ActivityStatus.Cancelled;
            session.Journal(JournalEvent.Cancelled, session.Graph.Find(id));
        }
        foreach (var bookmark in s.Bookmarks.ToList()) session.RemoveBookmark(bookmark);
        s.Scheduled.Clear();
        s.Joins.Clear();
        End(session, WorkflowSubStatus.Cancelled);
        return session.Step;
    }

    static void End(ExecutionSession session, WorkflowSubStatus subStatus)
    {
        var s = session.State;
        s.Status = WorkflowStatus.Finished;
        s.SubStatus = subStatus;
        s.FinishedAt = session.Clock.GetUtcNow();
        s.UpdatedAt = s.FinishedAt.Value;
    }
}

/// <summary>A resume named a bookmark the instance does not have (already used, or never existed): HTTP 409.</summary>
public sealed class BookmarkNotFoundException(string instanceId, string bookmarkId)
    : Exception($"Instance {instanceId} has no bookmark {bookmarkId}.")
{
    public string InstanceId { get; } = instanceId;
    public string BookmarkId { get; } = bookmarkId;
}
