using Mediator;
using Visitation.Host.Infrastructure.Tenancy;
using Visitation.Workflows.Hosting;
using Visitation.Workflows.Management;

namespace Visitation.Host.Features.WorkflowDefinitions;

public static class ListVersions
{
    public sealed record Query(string DefinitionId) : IQuery<IReadOnlyList<DefinitionVersionInfo>>;

    public sealed class Handler(WorkflowTenants workflows, CurrentUser user) : IQueryHandler<Query, IReadOnlyList<DefinitionVersionInfo>>
    {
        public async ValueTask<IReadOnlyList<DefinitionVersionInfo>> Handle(Query query, CancellationToken cancellationToken) =>
            await workflows.For(user.RequireTenantId()).Definitions.VersionsAsync(query.DefinitionId, cancellationToken);
    }
}
