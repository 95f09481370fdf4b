using Mediator;
using Visitation.Host.Infrastructure.Tenancy;
using Visitation.Workflows.Execution;
using Visitation.Workflows.Hosting;

namespace Visitation.Host.Features.WorkflowInstances;

public static class GetInstance
{
    public sealed record Query(string InstanceId) : IQuery<InstanceDetails>;

    public sealed class Handler(WorkflowTenants workflows, CurrentUser user) : IQueryHandler<Query, InstanceDetails>
    {
        public async ValueTask<InstanceDetails> Handle(Query query, CancellationToken cancellationToken)
        {
            var state = await workflows.For(user.RequireTenantId()).Store.LoadInstanceAsync(query.InstanceId, cancellationToken)
                ?? throw new WorkflowNotFoundException("Workflow instance not found.");
            return InstanceDetails.From(state);
        }
    }
}
