using Mediator;
using Microsoft.EntityFrameworkCore;
using Visitation.Host.Infrastructure.Tenancy;
using Visitation.Workflows.Execution;
using Visitation.Workflows.Hosting;

namespace Visitation.Host.Features.WorkflowInstances;

/// <summary>An instance's execution log in order; a WriteLine's text is its message.</summary>
public static class GetJournal
{
    public sealed record Query(string InstanceId) : IQuery<IReadOnlyList<JournalEntryView>>;

    public sealed class Handler(WorkflowTenants workflows, CurrentUser user) : IQueryHandler<Query, IReadOnlyList<JournalEntryView>>
    {
        public async ValueTask<IReadOnlyList<JournalEntryView>> Handle(Query query, CancellationToken cancellationToken)
        {
            var tenant = workflows.For(user.RequireTenantId());
            if (!await tenant.Db.Instances.AnyAsync(i => i.TenantId == tenant.TenantId && i.Id == query.InstanceId, cancellationToken))
                throw new WorkflowNotFoundException("Workflow instance not found.");
            return await tenant.Db.Journal.AsNoTracking()
                .Where(j => j.TenantId == tenant.TenantId && j.WorkflowInstanceId == query.InstanceId)
                .OrderBy(j => j.Sequence)
                .Select(j => new JournalEntryView(j.Sequence, j.Timestamp, j.ActivityId, j.ActivityType, j.Event, j.Outcome, j.Actor, j.Message))
                .ToListAsync(cancellationToken);
        }
    }
}
