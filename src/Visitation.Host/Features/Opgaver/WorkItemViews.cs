using System.Text.Json.Nodes;

namespace Visitation.Host.Features.Opgaver;

public sealed record CandidateView(string Kind, string Id);

/// <summary>An overdue task's escalation: when, and to the leaders of which team (null: every leader).</summary>
public sealed record EscalationView(DateTimeOffset At, string? Team);

/// <summary>The case a task belongs to as the work list shows it: readable number, the child's name and masked CPR number.</summary>
public sealed record WorkItemCaseView(string CaseNumber, string ChildName, string? Cpr);

/// <summary>
/// A task as the work list shows it. <c>CanAct</c>: the caller may claim or complete it. <c>Case</c> is null for a
/// task whose flow is not a case's; <c>CompletedData</c> is what was entered when it was completed.
/// </summary>
public sealed record WorkItemView(
    string Id,
    string Title,
    string? Description,
    string? CaseId,
    string InstanceId,
    string ActivityId,
    JsonNode? FormSchema,
    IReadOnlyList<string> Actions,
    IReadOnlyList<CandidateView> Candidates,
    string? Assignee,
    DateTimeOffset? DueAt,
    WorkItemPriority Priority,
    WorkItemStatus Status,
    DateTimeOffset CreatedAt,
    DateTimeOffset? CompletedAt,
    string? CompletedBy,
    string? CompletedAction,
    bool Overdue,
    EscalationView? Escalation,
    bool InReassignmentQueue,
    bool CanAct,
    WorkItemCaseView? Case,
    JsonNode? CompletedData)
{
    public static WorkItemView From(WorkItem item, WorkItemActor actor, DateTimeOffset now, IReadOnlyDictionary<Guid, string> teamCodes,
        IReadOnlyDictionary<string, WorkItemCaseView>? cases = null) => new(
        item.Id, item.Title, item.Description, item.CaseId, item.InstanceId, item.ActivityId,
        item.FormSchema is null ? null : JsonNode.Parse(item.FormSchema),
        item.Actions,
        item.Candidates.OrderBy(c => c.Kind).ThenBy(c => c.Value).Select(c => new CandidateView(c.Kind, c.Value)).ToList(),
        item.Assignee, item.DueAt, item.Priority, item.Status, item.CreatedAt, item.CompletedAt, item.CompletedBy, item.CompletedAction,
        item.IsOpen && item.DueAt < now,
        item.EscalatedAt is { } at ? new EscalationView(at, item.EscalatedToTeamId is { } team ? teamCodes.GetValueOrDefault(team) : null) : null,
        item.InReassignmentQueue,
        item.IsOpen && (actor.Has(item) || (item.Assignee is null && actor.IsCandidate(item))),
        item.CaseId is { } caseId && cases is not null ? cases.GetValueOrDefault(caseId) : null,
        item.CompletedData is null ? null : JsonNode.Parse(item.CompletedData));
}

public sealed record WorkItemEventView(string Kind, DateTimeOffset At, string Actor, string? Assignee, string? Reason)
{
    public static WorkItemEventView From(WorkItemEvent entry) => new(entry.Kind.ToString(), entry.At, entry.Actor, entry.Assignee, entry.Reason);
}

/// <summary>One task with its history, oldest first.</summary>
public sealed record WorkItemDetails(WorkItemView Task, IReadOnlyList<WorkItemEventView> History);

public sealed record WorkItemPage(IReadOnlyList<WorkItemView> Items, int Total, int Skip, int Take);
