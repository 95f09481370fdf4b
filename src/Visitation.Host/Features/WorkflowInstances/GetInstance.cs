using Mediator;
using Visitation.Host.Infrastructure.Tenancy;
using Visitation.Workflows.Execution;
using Visitation.Workflows.Hosting;

namespace Visitation.Host.Features.WorkflowInstances;

public static class GetInstance
{
    public sealed record Query(string InstanceId) : IQuery<InstanceDetails>;

    public sealed class Handler(WorkflowTenants workflows, CurrentUser user, Audit.CorrelatedCaseReads caseReads) : IQueryHandler<Query, InstanceDetails>
    {
        public async ValueTask<InstanceDetails> Handle(Query query, CancellationToken cancellationToken)
        {
            var state = await workflows.For(user.RequireTenantId()).Store.LoadInstanceAsync(query.InstanceId, cancellationToken)
                ?? throw new WorkflowNotFoundException("Workflow instance not found.");
            // The variables hold the names of child and parents: a read of the case, in its audit trail.
            await caseReads.ReadAsync(state.CorrelationId, "flow.read", cancellationToken);
            return InstanceDetails.From(state);
        }
    }
}
