using System.Text.Json.Nodes;
using Visitation.Workflows.Bookmarks;
using Visitation.Workflows.Definitions;
using Visitation.Workflows.Execution;
using Visitation.Workflows.Expressions;

namespace Visitation.Workflows.Activities;

/// <summary>What one run of an activity can see and do: inputs, outputs, variables, time, ids and effects.</summary>
/// <remarks>
/// Everything an activity changes goes through here, so the runner can return it as the step's effects:
/// bookmarks, journal text, outbox messages, child workflows. The context never touches storage.
/// </remarks>
public sealed partial class ActivityContext
{
    readonly ExecutionSession _session;
    readonly List<string> _outcomes = [];

    internal ActivityContext(ExecutionSession session, ActivityNode node, ActivityState state, Bookmark? resumedBookmark, JsonNode? resumeInput)
    {
        _session = session;
        Node = node;
        State = state;
        ResumedBookmark = resumedBookmark;
        ResumeInput = resumeInput;
        Scope = session.ScopeFor(node.Id);
    }

    public ActivityNode Node { get; }
    internal ActivityState State { get; }
    public string ActivityId => Node.Id;
    public string ActivityType => Node.Type;
    public string ActivityInstanceId => State.InstanceId!;
    public string WorkflowInstanceId => _session.State.Id;
    public string? TenantId => _session.State.TenantId;
    public string DefinitionId => _session.State.DefinitionId;
    public string? CorrelationId => _session.State.CorrelationId;

    /// <summary>How many times this activity has started in this instance (1 on the first run); stable when a step is replayed.</summary>
    public int ExecutionCount => State.ExecutionCount;

    /// <summary>A key for outbox messages that is the same when a step is replayed after a crash.</summary>
    public string StableKey(string purpose) => $"{WorkflowInstanceId}:{ActivityId}:{ExecutionCount}:{purpose}";

    /// <summary>The time zone for calendar rules (cron, dates without offset).</summary>
    public TimeZoneInfo TimeZone => _session.Options.TimeZone;

    /// <summary>The only clock an activity may read.</summary>
    public TimeProvider Clock => _session.Clock;

    /// <summary>Who caused this step (a user id, <c>system</c>, an integration); null when unknown.</summary>
    public string? Actor => _session.Actor;

    /// <summary>The bookmark being resumed, when this run is a resume.</summary>
    public Bookmark? ResumedBookmark { get; }

    /// <summary>The input that came with the resume (event payload, task completion, child result).</summary>
    public JsonNode? ResumeInput { get; }

    /// <summary>True when the instance was started by this activity acting as a trigger (Timer, Cron, Event).</summary>
    public bool IsTriggeredStart => _session.TriggerActivityId == Node.Id && _session.ExecutedCount == 1;

    /// <summary>The activity's own data, kept in the instance state across resumes.</summary>
    public JsonObject Data => State.Data;

    public ExpressionScope Scope { get; }

    public bool IsCompleted { get; private set; }
    public IReadOnlyList<string> Outcomes => _outcomes;
    internal string? JournalMessage { get; private set; }
    internal bool FinishRequested { get; private set; }
    internal List<Bookmark> CreatedBookmarks { get; } = [];

    /// <summary>
    /// A service of the application that an activity reaches through an abstraction of its own project (the
    /// Activities project never references the Host). Throws when the runner has no services or lacks it.
    /// </summary>
    public T GetRequiredService<T>() where T : notnull =>
        (T?)_session.Options.Services?.GetService(typeof(T))
        ?? throw new WorkflowFaultException($"Activity '{ActivityId}' needs {typeof(T).Name}, which the application does not provide.");

    /// <summary>A new unique id (the only source of ids an activity may use).</summary>
    public string NewId() => _session.NewId();

    public T? Get<T>(Input<T>? input) => Get(input, default(T));

    /// <summary>Evaluates an input; <paramref name="fallback"/> when it is unset.</summary>
    public T? Get<T>(Input<T>? input, T? fallback)
    {
        if (input?.Expression is not { } expression) return fallback;
        var value = _session.Evaluator.Evaluate(expression.Type, expression.Value, typeof(T), Scope);
        return value is null ? fallback : (T)value;
    }

    /// <summary>Evaluates an input to JSON without conversion.</summary>
    public JsonNode? GetJson(Input? input) =>
        input?.Expression is { } e ? _session.Evaluator.EvaluateToNode(e.Type, e.Value, Scope) : null;

    /// <summary>Evaluates an expression that is not an input property (e.g. a FlowSwitch case condition).</summary>
    public T? Evaluate<T>(Expression? expression) =>
        expression is null ? default : (T?)_session.Evaluator.Evaluate(expression.Type, expression.Value, typeof(T), Scope);

    /// <summary>An input that is not an expression wrapper (e.g. <c>Elsa.SetVariable.variable</c>), as written.</summary>
    public JsonNode? GetRawInput(string name) => Node.GetInput(name)?.RawValue;

    /// <summary>Writes an output to the variable it is bound to (by variable id or name); unbound outputs are dropped.</summary>
    public void Set<T>(Output<T>? output, T? value)
    {
        if (output?.MemoryReference is { } reference) SetVariable(reference, ValueConverter.ToNode(value));
    }

    public JsonNode? GetVariable(string nameOrId) =>
        _session.State.Variables.GetValueOrDefault(_session.VariableName(nameOrId))?.DeepClone();

    public T? GetVariable<T>(string nameOrId) => ValueConverter.Convert<T>(GetVariable(nameOrId));

    public void SetVariable(string nameOrId, object? value) =>
        _session.State.Variables[_session.VariableName(nameOrId)] = ValueConverter.ToNode(value);

    /// <summary>Sets a workflow output (what <c>Elsa.SetOutput</c> does; a parent sees it under <c>output</c>).</summary>
    public void SetWorkflowOutput(string name, object? value) => _session.State.Output[name] = ValueConverter.ToNode(value);

    /// <summary>Completes the activity with the given outcomes (<c>Done</c> when none are given).</summary>
    public ValueTask CompleteAsync(params string[] outcomes)
    {
        IsCompleted = true;
        _outcomes.Clear();
        _outcomes.AddRange(outcomes.Length == 0 ? [Connection.DefaultSourcePort] : outcomes);
        return ValueTask.CompletedTask;
    }

    /// <summary>Completes without any outcome: the path ends here.</summary>
    public ValueTask CompleteWithoutOutcomeAsync()
    {
        IsCompleted = true;
        _outcomes.Clear();
        return ValueTask.CompletedTask;
    }

    /// <summary>Finishes the whole workflow: every other branch, bookmark and join is dropped.</summary>
    public ValueTask FinishWorkflowAsync()
    {
        FinishRequested = true;
        return CompleteWithoutOutcomeAsync();
    }

    /// <summary>Text for this activity's journal entry (a WriteLine's line).</summary>
    public void WriteJournal(string message) => JournalMessage = JournalMessage is null ? message : JournalMessage + "\n" + message;

    /// <summary>Queues a side effect in the outbox; the key must be the same if this step runs again.</summary>
    public OutboxMessage AddOutboxMessage(string type, JsonNode? payload, string deduplicationKey)
    {
        var message = new OutboxMessage
        {
            Id = NewId(),
            Type = type,
            Payload = payload,
            DeduplicationKey = deduplicationKey,
            WorkflowInstanceId = WorkflowInstanceId,
            CorrelationId = CorrelationId,
            CreatedAt = Clock.GetUtcNow(),
        };
        _session.Step.Outbox.Add(message);
        return message;
    }

    /// <summary>Asks the runtime to start a child instance once this step is committed.</summary>
    public void StartChildWorkflow(ChildWorkflowRequest request) => _session.Step.ChildWorkflows.Add(request);
}
