using Visitation.Host.Infrastructure.Tenancy;

namespace Visitation.Host.Features.Audit;

/// <summary>
/// One read or write of a case by a person. Append-only: the code has no update or delete path, PostgreSQL
/// refuses UPDATE and DELETE on the table by trigger, and no retention job touches it.
/// </summary>
public sealed class AuditEntry : ITenantScoped
{
    public long Id { get; set; }

    public Guid KommuneId { get; set; }

    public Guid SagId { get; set; }

    public DateTimeOffset At { get; set; }

    public Guid? UserId { get; set; }

    public required string UserName { get; set; }

    /// <summary>A stable code: <c>sag.read</c>, <c>sag.register</c>, <c>underretning.register</c>, ...</summary>
    public required string Action { get; set; }

    /// <summary>Whether the person only read the case.</summary>
    public bool IsRead { get; set; }

    /// <summary>Why, for an action that needs one (an operator resuming a task, a CPR correction, replacing a case's flow).</summary>
    public string? Reason { get; set; }
}
