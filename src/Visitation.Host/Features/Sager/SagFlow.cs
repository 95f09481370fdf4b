using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Visitation.Host.Infrastructure.Errors;
using Visitation.Host.Infrastructure.Persistence;
using Visitation.Host.Infrastructure.Tenancy;
using Visitation.Workflows.Execution;
using Visitation.Workflows.Hosting;

namespace Visitation.Host.Features.Sager;

/// <summary>
/// Starts and stimulates the flow that drives a case. The flow's correlation id is the case id, which is how
/// tasks, events and the case find each other. A new case starts the flow the municipality chose
/// (<see cref="SagFlowSettings"/>), <c>visitation-standard</c> by default. Call inside a command: its transaction holds the flow's step.
/// </summary>
public sealed class SagFlow(WorkflowTenants workflows, CurrentUser currentUser, VisitationDbContext db)
{
    public const string StandardDefinitionId = "visitation-standard";

    /// <summary>The event a flow waits for to reassess an open case when a new underretning arrives.</summary>
    public const string UnderretningModtagetEvent = "underretning-modtaget";

    /// <summary>The event a flow waits for before the decision: an indstilling was submitted and routed.</summary>
    public const string IndstillingIndsendtEvent = "indstilling-indsendt";

    public async Task<string> StartAsync(Sag sag, JsonObject input, CancellationToken cancellationToken)
    {
        var tenant = workflows.For(currentUser.RequireTenantId());
        var definitionId = await DefinitionIdAsync(cancellationToken);
        if (await tenant.Store.LoadDefinitionAsync(tenant.TenantId, definitionId, null, cancellationToken) is null)
            throw new ConflictException(ErrorMessages.Error("", "sag.flowNotPublished", definitionId));
        return (await StartOwnAsync(tenant, sag, definitionId, input, cancellationToken)).Id;
    }

    /// <summary>
    /// Starts <paramref name="definitionId"/> as the case's own flow. The instance id is chosen and saved on the case
    /// first, so the effects of the flow's first step already count as the case's own (<see cref="CaseFlowOwnership"/>).
    /// </summary>
    public async Task<WorkflowState> StartOwnAsync(WorkflowTenant tenant, Sag sag, string definitionId, JsonObject input, CancellationToken cancellationToken)
    {
        var instanceId = Guid.CreateVersion7().ToString("N");
        sag.WorkflowInstanceId = instanceId;
        await db.SaveChangesAsync(cancellationToken);
        var step = await tenant.Runtime.StartAsync(definitionId, new StartWorkflowOptions
        {
            InstanceId = instanceId,
            TenantId = tenant.TenantId,
            CorrelationId = sag.Id.ToString(),
            Input = input.ToDictionary(p => p.Key, p => p.Value?.DeepClone()),
            Actor = currentUser.Actor,
        }, cancellationToken: cancellationToken);
        return step.State;
    }

    /// <summary>The id of the flow a new case of the caller's municipality starts.</summary>
    public async Task<string> DefinitionIdAsync(CancellationToken cancellationToken) =>
        await db.SagFlowSettings.AsNoTracking().Select(s => s.DefinitionId).SingleOrDefaultAsync(cancellationToken) ?? StandardDefinitionId;

    /// <summary>Tells the case's flow that something happened; false when no instance waits for it.</summary>
    public async Task<bool> SignalAsync(Sag sag, string eventName, JsonObject payload, CancellationToken cancellationToken)
    {
        var tenant = workflows.For(currentUser.RequireTenantId());
        var steps = await tenant.Runtime.TriggerEventAsync(eventName, sag.Id.ToString(), payload, currentUser.Actor, tenant.TenantId, cancellationToken);
        return steps.Count > 0;
    }
}
