using Mediator;
using Microsoft.EntityFrameworkCore;
using Visitation.Host.Infrastructure.Behaviors;
using Visitation.Host.Infrastructure.Errors;
using Visitation.Host.Infrastructure.Tenancy;
using Visitation.Workflows.Execution;
using Visitation.Workflows.Hosting;

namespace Visitation.Host.Features.WorkflowInstances;

public static class ListInstances
{
    public sealed record Query(string? DefinitionId, string? Status, string? CorrelationId, int Skip, int Take) : IQuery<IReadOnlyList<InstanceSummary>>, IValidatable
    {
        public IEnumerable<ProblemError> Validate()
        {
            if (Status is not null && !Enum.TryParse<WorkflowStatus>(Status, out _) && !Enum.TryParse<WorkflowSubStatus>(Status, out _))
                yield return ErrorMessages.Error("/status", "field.unknownValue",
                    string.Join(", ", Enum.GetNames<WorkflowStatus>().Concat(Enum.GetNames<WorkflowSubStatus>()).Distinct()));
            if (Skip < 0) yield return ErrorMessages.Error("/skip", "field.invalidFormat", ">= 0");
            if (Take is < 1 or > 500) yield return ErrorMessages.Error("/take", "field.invalidFormat", "1-500");
        }
    }

    public sealed class Handler(WorkflowTenants workflows, CurrentUser user) : IQueryHandler<Query, IReadOnlyList<InstanceSummary>>
    {
        public async ValueTask<IReadOnlyList<InstanceSummary>> Handle(Query query, CancellationToken cancellationToken)
        {
            var tenant = workflows.For(user.RequireTenantId());
            var instances = tenant.Db.Instances.AsNoTracking().Where(i => i.TenantId == tenant.TenantId);
            if (query.DefinitionId is not null) instances = instances.Where(i => i.DefinitionId == query.DefinitionId);
            if (query.CorrelationId is not null) instances = instances.Where(i => i.CorrelationId == query.CorrelationId);
            if (Enum.TryParse<WorkflowStatus>(query.Status, out var status)) instances = instances.Where(i => i.Status == status);
            else if (Enum.TryParse<WorkflowSubStatus>(query.Status, out var subStatus)) instances = instances.Where(i => i.SubStatus == subStatus);
            var rows = await instances.OrderByDescending(i => i.CreatedAt).Skip(query.Skip).Take(query.Take).ToListAsync(cancellationToken);
            return rows.Select(InstanceSummary.From).ToList();
        }
    }
}
