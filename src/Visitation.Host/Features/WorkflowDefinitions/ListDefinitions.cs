using Mediator;
using Visitation.Host.Infrastructure.Tenancy;
using Visitation.Workflows.Hosting;
using Visitation.Workflows.Management;

namespace Visitation.Host.Features.WorkflowDefinitions;

public static class ListDefinitions
{
    public sealed record Query : IQuery<IReadOnlyList<DefinitionSummary>>;

    public sealed class Handler(WorkflowTenants workflows, CurrentUser user) : IQueryHandler<Query, IReadOnlyList<DefinitionSummary>>
    {
        public async ValueTask<IReadOnlyList<DefinitionSummary>> Handle(Query query, CancellationToken cancellationToken) =>
            await workflows.For(user.RequireTenantId()).Definitions.ListAsync(cancellationToken);
    }
}
