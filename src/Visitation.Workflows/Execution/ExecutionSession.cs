using System.Text.Json.Nodes;
using Visitation.Workflows.Definitions;
using Visitation.Workflows.Descriptors;
using Visitation.Workflows.Expressions;

namespace Visitation.Workflows.Execution;

/// <summary>One step of one instance in progress: the working copy of the state and the effects so far.</summary>
internal sealed class ExecutionSession
{
    readonly Dictionary<string, string> _variableNamesById;

    public ExecutionSession(WorkflowDefinition definition, WorkflowState state, WorkflowRunnerOptions options,
        ActivityRegistry registry, TimeProvider clock, string? actor)
    {
        Definition = definition;
        Graph = WorkflowGraph.For(definition);
        State = state;
        Options = options;
        Registry = registry;
        Clock = clock;
        Actor = actor;
        Step = new WorkflowStep { State = state };
        _variableNamesById = definition.Variables.Concat(definition.AllActivities().SelectMany(a => a.Variables ?? []))
            .GroupBy(v => v.Id).ToDictionary(g => g.Key, g => g.First().Name, StringComparer.Ordinal);
    }

    public WorkflowDefinition Definition { get; }
    public WorkflowGraph Graph { get; }
    public WorkflowState State { get; }
    public WorkflowRunnerOptions Options { get; }
    public ActivityRegistry Registry { get; }
    public TimeProvider Clock { get; }
    public string? Actor { get; }
    public WorkflowStep Step { get; }
    public ExpressionEvaluator Evaluator => Options.Evaluator;
    public string? TriggerActivityId { get; set; }
    public int ExecutedCount { get; set; }

    public string NewId() => Options.NewId();

    /// <summary>Removes a bookmark from the state; one created in this same step simply disappears from the effects.</summary>
    public void RemoveBookmark(Bookmarks.Bookmark bookmark)
    {
        State.Bookmarks.Remove(bookmark);
        if (!Step.BookmarksCreated.Remove(bookmark)) Step.BookmarksRemoved.Add(bookmark);
    }

    public string VariableName(string nameOrId) =>
        State.Variables.ContainsKey(nameOrId) ? nameOrId : _variableNamesById.GetValueOrDefault(nameOrId) ?? nameOrId;

    public ExpressionScope ScopeFor(string? activityId) => new(State.Variables, State.Input)
    {
        WorkflowInstanceId = State.Id,
        DefinitionId = State.DefinitionId,
        CorrelationId = State.CorrelationId,
        VariableNamesById = _variableNamesById,
        ActivityId = activityId,
    };

    public void Journal(JournalEvent @event, ActivityNode? node, string? outcome = null, string? message = null) =>
        Step.Journal.Add(new JournalEntry
        {
            WorkflowInstanceId = State.Id,
            Sequence = ++State.JournalSequence,
            Timestamp = Clock.GetUtcNow(),
            ActivityId = node?.Id,
            ActivityType = node?.Type,
            Event = @event,
            Outcome = outcome,
            Actor = Actor,
            Message = message,
        });

    /// <summary>Initial variable values from the definition, converted by their declared type.</summary>
    public static Dictionary<string, JsonNode?> InitialVariables(WorkflowDefinition definition)
    {
        var result = new Dictionary<string, JsonNode?>(StringComparer.Ordinal);
        foreach (var variable in definition.Variables.Concat(definition.AllActivities().SelectMany(a => a.Variables ?? [])))
            result[variable.Name] = InitialValue(variable);
        return result;
    }

    static JsonNode? InitialValue(VariableDefinition variable)
    {
        if (variable.Value is null) return null;
        var type = ClrTypeOf(variable.TypeName);
        try
        {
            return type is null ? JsonValue.Create(variable.Value) : ValueConverter.ToNode(ValueConverter.Convert(JsonValue.Create(variable.Value), type));
        }
        catch (ExpressionException)
        {
            return JsonValue.Create(variable.Value);
        }
    }

    /// <summary>The CLR type for an Elsa type name, or null to keep the value as JSON.</summary>
    public static Type? ClrTypeOf(string? typeName) => typeName switch
    {
        "Int32" or "Int16" => typeof(int),
        "Int64" => typeof(long),
        "Double" or "Single" => typeof(double),
        "Decimal" => typeof(decimal),
        "Boolean" => typeof(bool),
        "String" => typeof(string),
        "DateTime" or "DateTimeOffset" => typeof(DateTimeOffset),
        "TimeSpan" => typeof(TimeSpan),
        _ => null,
    };
}
