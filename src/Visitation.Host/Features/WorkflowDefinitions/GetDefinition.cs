using Mediator;
using Visitation.Host.Infrastructure.Tenancy;
using Visitation.Workflows.Hosting;

namespace Visitation.Host.Features.WorkflowDefinitions;

public static class GetDefinition
{
    /// <summary>A version of a flow; the latest when <c>Version</c> is null.</summary>
    public sealed record Query(string DefinitionId, int? Version) : IQuery<DefinitionDocument>;

    public sealed class Handler(WorkflowTenants workflows, CurrentUser user) : IQueryHandler<Query, DefinitionDocument>
    {
        public async ValueTask<DefinitionDocument> Handle(Query query, CancellationToken cancellationToken) =>
            DefinitionDocument.From(await workflows.For(user.RequireTenantId()).Definitions.GetAsync(query.DefinitionId, query.Version, cancellationToken));
    }
}
