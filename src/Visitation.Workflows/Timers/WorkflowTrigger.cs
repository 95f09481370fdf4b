using Visitation.Workflows.Activities;
using Visitation.Workflows.Bookmarks;
using Visitation.Workflows.Definitions;
using Visitation.Workflows.Expressions;

namespace Visitation.Workflows.Timers;

/// <summary>A way for a published definition to start new instances: a timer, a cron schedule or an event.</summary>
/// <remarks>
/// Created when a definition is published (<see cref="TriggerIndexer"/>), removed when it is retracted.
/// Timer and Cron triggers have a <see cref="DueAt"/> that the scheduler claims and advances; Event triggers
/// are found by <see cref="Hash"/> (event name without correlation id).
/// </remarks>
public sealed record WorkflowTrigger
{
    public required string Id { get; init; }
    public string? TenantId { get; init; }
    public required string DefinitionId { get; init; }
    public required int DefinitionVersion { get; init; }
    public required string ActivityId { get; init; }
    public required TriggerKind Kind { get; init; }

    /// <summary>The stimulus name (event name, or <c>Elsa.Timer</c>/<c>Elsa.Cron</c>).</summary>
    public required string Name { get; init; }

    public required string Hash { get; init; }

    /// <summary>The interval (<c>c</c> format) of a Timer, or the cron expression of a Cron.</summary>
    public string? Schedule { get; init; }

    /// <summary>The next time a Timer or Cron trigger fires (UTC).</summary>
    public DateTimeOffset? DueAt { get; init; }
}

public enum TriggerKind { Timer, Cron, Event }

/// <summary>Finds the triggers of a definition: activities with <c>canStartWorkflow</c> of type Timer, Cron or Event.</summary>
public static class TriggerIndexer
{
    /// <summary>
    /// The definition's triggers with their first due times: a Timer first fires one interval after
    /// <paramref name="now"/> (as Elsa does), a Cron at its next occurrence in <paramref name="timeZone"/>.
    /// </summary>
    /// <exception cref="WorkflowFaultException">A trigger's schedule is invalid (publishing must be refused).</exception>
    public static IReadOnlyList<WorkflowTrigger> Index(WorkflowDefinition definition, DateTimeOffset now, TimeZoneInfo timeZone, Func<string> newId, string? tenantId = null)
    {
        var evaluator = new ExpressionEvaluator();
        var scope = new ExpressionScope(new Dictionary<string, System.Text.Json.Nodes.JsonNode?>());
        var triggers = new List<WorkflowTrigger>();
        foreach (var node in definition.AllActivities().Where(n => n.CanStartWorkflow))
        {
            string? Literal(string input) =>
                node.GetInput(input)?.Expression is { } e ? evaluator.Evaluate<string>(e.Type, e.Value, scope.ForActivity(node.Id)) : null;
            WorkflowTrigger Trigger(TriggerKind kind, string name, string? schedule, DateTimeOffset? dueAt) => new()
            {
                Id = newId(),
                TenantId = tenantId,
                DefinitionId = definition.DefinitionId,
                DefinitionVersion = definition.Version,
                ActivityId = node.Id,
                Kind = kind,
                Name = name,
                Hash = BookmarkHasher.Hash(name, null, null),
                Schedule = schedule,
                DueAt = dueAt,
            };
            switch (node.Type)
            {
                case WellKnownActivityTypes.Timer:
                    var interval = ValueConverter.ParseTimeSpan(Literal("interval") ?? throw new WorkflowFaultException($"Timer '{node.Id}' has no interval."));
                    triggers.Add(Trigger(TriggerKind.Timer, "Elsa.Timer", interval.ToString("c"), now + interval));
                    break;
                case WellKnownActivityTypes.Cron:
                    var cron = Literal("cronExpression") ?? "";
                    triggers.Add(Trigger(TriggerKind.Cron, "Elsa.Cron", cron, Schedules.NextOccurrence(cron, now, timeZone)));
                    break;
                case WellKnownActivityTypes.Event:
                    if (Literal("eventName") is { Length: > 0 } name) triggers.Add(Trigger(TriggerKind.Event, name, null, null));
                    break;
            }
        }
        return triggers;
    }

    /// <summary>The next due time after a trigger fired at <paramref name="now"/> (no catch-up storm: at most one missed fire runs).</summary>
    public static DateTimeOffset? NextDueAt(WorkflowTrigger trigger, DateTimeOffset now, TimeZoneInfo timeZone) => trigger.Kind switch
    {
        TriggerKind.Timer => now + ValueConverter.ParseTimeSpan(trigger.Schedule!),
        TriggerKind.Cron => Schedules.NextOccurrence(trigger.Schedule!, now, timeZone),
        _ => null,
    };
}
