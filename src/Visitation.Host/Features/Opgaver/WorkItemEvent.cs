using Visitation.Host.Infrastructure.Tenancy;

namespace Visitation.Host.Features.Opgaver;

public enum WorkItemEventKind { Created, Claimed, Unclaimed, Assigned, Reassigned, Substituted, Queued, Escalated, Completed, Cancelled, Moved }

/// <summary>One entry of a task's history: who did what to it, when, and why (reassignments carry their reason).</summary>
public sealed class WorkItemEvent : ITenantScoped
{
    public long Id { get; set; }

    public required string WorkItemId { get; set; }

    public Guid KommuneId { get; set; }

    public WorkItemEventKind Kind { get; set; }

    public DateTimeOffset At { get; set; }

    /// <summary>The user name who acted, or <c>system</c>/<c>scheduler</c>.</summary>
    public required string Actor { get; set; }

    /// <summary>The user name the task went to, for assignments.</summary>
    public string? Assignee { get; set; }

    public string? Reason { get; set; }
}
