using Visitation.Host.Infrastructure.Tenancy;

namespace Visitation.Host.Features.Opgaver;

/// <summary>Where a task is: open (nobody has it), claimed or assigned (somebody has it), or closed.</summary>
public enum WorkItemStatus { Open, Claimed, Assigned, Completed, Cancelled }

public enum WorkItemPriority { Low, Normal, High }

/// <summary>
/// A task on the work list (an opgave): the projection of one <c>Visitation.HumanTask</c> bookmark. It appears in
/// the transaction that creates the bookmark and closes in the one that removes it, so it never disagrees with
/// the flow; who has it, its escalation and its history are the host's own.
/// </summary>
public sealed class WorkItem : ITenantScoped
{
    /// <summary>The task id the flow gave it.</summary>
    public required string Id { get; set; }

    public Guid KommuneId { get; set; }

    public required string BookmarkId { get; set; }

    public required string InstanceId { get; set; }

    public required string ActivityId { get; set; }

    /// <summary>The instance's correlation id, which is the case id for case flows.</summary>
    public string? CaseId { get; set; }

    public required string Title { get; set; }

    public string? Description { get; set; }

    /// <summary>JSON Schema (draft-07) of the form, as JSON text; null when the task has no form.</summary>
    public string? FormSchema { get; set; }

    public List<string> Actions { get; set; } = [];

    public List<WorkItemCandidate> Candidates { get; set; } = [];

    /// <summary>The user name of who has the task, when claimed or assigned.</summary>
    public string? Assignee { get; set; }

    public DateTimeOffset? DueAt { get; set; }

    public WorkItemPriority Priority { get; set; } = WorkItemPriority.Normal;

    public WorkItemStatus Status { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset? CompletedAt { get; set; }

    public string? CompletedBy { get; set; }

    /// <summary>The action the task was completed with.</summary>
    public string? CompletedAction { get; set; }

    /// <summary>What the person entered in the task's form when completing it (JSON text), so the case page can show it.</summary>
    public string? CompletedData { get; set; }

    /// <summary>When the task was escalated for being overdue; set once.</summary>
    public DateTimeOffset? EscalatedAt { get; set; }

    /// <summary>The team whose leaders the escalation went to; null when it went to every leader.</summary>
    public Guid? EscalatedToTeamId { get; set; }

    /// <summary>No eligible person has the task (its assignee is absent with no substitute): leaders reassign it.</summary>
    public bool InReassignmentQueue { get; set; }

    /// <summary>Guards against two people changing the task at once.</summary>
    public int Version { get; set; }

    public bool IsOpen => Status is WorkItemStatus.Open or WorkItemStatus.Claimed or WorkItemStatus.Assigned;
}
