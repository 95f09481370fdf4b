using Visitation.Host.Features.Audit;
using Visitation.Host.Infrastructure.Persistence;
using Visitation.Workflows.Execution;

namespace Visitation.Host.Infrastructure.Outbox;

/// <summary>
/// A step being committed, as its outbox handlers see it: the municipality it runs for, the case it runs for (the
/// flow's correlation id, when that is a case id), who acted, and a host context on the step's connection and
/// transaction whose tenant filters admit that municipality only.
/// </summary>
public sealed class StepContext(VisitationDbContext db, Guid kommuneId, WorkflowStep step, ILogger? logger = null)
{
    private readonly Dictionary<Guid, bool> _ownership = [];

    public VisitationDbContext Db => db;

    public Guid KommuneId => kommuneId;

    public WorkflowStep Step => step;

    public string InstanceId => step.State.Id;

    /// <summary>The case the flow runs for; null for a flow that runs for no case (a designer's trial run).</summary>
    public Guid? SagId { get; } = Guid.TryParse(step.State.CorrelationId, out var sagId) ? sagId : null;

    /// <summary>
    /// Whether this step's flow is the case's own (its instance or a child it started): only that flow changes the case
    /// (docs/separation-of-duties.md).
    /// </summary>
    public async ValueTask<bool> IsOwnFlowOfAsync(Guid sagId, CancellationToken cancellationToken)
    {
        if (!_ownership.TryGetValue(sagId, out var own))
            _ownership[sagId] = own = await Features.Sager.CaseFlowOwnership.IsOwnAsync(db, step, kommuneId, sagId, logger, cancellationToken);
        return own;
    }

    /// <summary>The instant of the step: what the handlers write is stamped with it.</summary>
    public DateTimeOffset Now => step.State.UpdatedAt;

    /// <summary>The last person or process the step's journal names, if any.</summary>
    public string? StepActor => step.Journal.LastOrDefault(j => j.Actor is not null)?.Actor;

    /// <summary>The actor a message names in its payload (the activities that act for someone put it there), if any.</summary>
    public static string? ActorOf(OutboxMessage message) => message.Payload?["actor"]?.GetValue<string>();

    /// <summary>Adds the audit entry of a change the step made to a case; it commits with the step.</summary>
    public void Audit(Guid sagId, string action, string userName, Guid? userId = null) => db.AuditEntries.Add(new AuditEntry
    {
        KommuneId = kommuneId, SagId = sagId, At = Now, UserId = userId, UserName = userName, Action = action, IsRead = false,
    });
}
