using System.Text.Json.Nodes;
using Visitation.Host.Infrastructure.Errors;
using Visitation.Host.Infrastructure.Tenancy;
using Visitation.Workflows.Execution;
using Visitation.Workflows.Hosting;

namespace Visitation.Host.Features.Sager;

/// <summary>
/// Starts and stimulates the flow that drives a case. The flow's correlation id is the case id, which is how
/// tasks, events and the case find each other. Call inside the use case's <c>UnitOfWork</c>.
/// </summary>
public sealed class SagFlow(WorkflowTenants workflows, CurrentUser currentUser)
{
    public const string StandardDefinitionId = "visitation-standard";

    /// <summary>The event a flow waits for to reassess an open case when a new underretning arrives.</summary>
    public const string UnderretningModtagetEvent = "underretning-modtaget";

    /// <summary>The event a flow waits for before the decision: an indstilling was submitted and routed.</summary>
    public const string IndstillingIndsendtEvent = "indstilling-indsendt";

    public async Task<string> StartAsync(Sag sag, JsonObject input, CancellationToken cancellationToken)
    {
        var tenant = workflows.For(currentUser.RequireTenantId());
        if (await tenant.Store.LoadDefinitionAsync(tenant.TenantId, StandardDefinitionId, null, cancellationToken) is null)
            throw new ConflictException(ErrorMessages.Error("", "sag.flowNotPublished", StandardDefinitionId));
        var step = await tenant.Runtime.StartAsync(StandardDefinitionId, new StartWorkflowOptions
        {
            TenantId = tenant.TenantId,
            CorrelationId = sag.Id.ToString(),
            Input = input.ToDictionary(p => p.Key, p => p.Value?.DeepClone()),
            Actor = currentUser.Actor,
        }, cancellationToken: cancellationToken);
        sag.WorkflowInstanceId = step.State.Id;
        return step.State.Id;
    }

    /// <summary>Tells the case's flow that something happened; false when no instance waits for it.</summary>
    public async Task<bool> SignalAsync(Sag sag, string eventName, JsonObject payload, CancellationToken cancellationToken)
    {
        var tenant = workflows.For(currentUser.RequireTenantId());
        var steps = await tenant.Runtime.TriggerEventAsync(eventName, sag.Id.ToString(), payload, currentUser.Actor, tenant.TenantId, cancellationToken);
        return steps.Count > 0;
    }
}
