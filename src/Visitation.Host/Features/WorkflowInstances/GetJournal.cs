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

    public sealed class Handler(WorkflowTenants workflows, CurrentUser user, Audit.CorrelatedCaseReads caseReads) : IQueryHandler<Query, IReadOnlyList<JournalEntryView>>
    {
        public async ValueTask<IReadOnlyList<JournalEntryView>> Handle(Query query, CancellationToken cancellationToken)
        {
            var tenant = workflows.For(user.RequireTenantId());
            var instance = await tenant.Db.Instances.AsNoTracking().Where(i => i.TenantId == tenant.TenantId && i.Id == query.InstanceId)
                .Select(i => new { i.CorrelationId }).SingleOrDefaultAsync(cancellationToken)
                ?? throw new WorkflowNotFoundException("Workflow instance not found.");
            await caseReads.ReadAsync(instance.CorrelationId, "flow.journal.read", cancellationToken);
            return await tenant.Db.Journal.AsNoTracking()
                .Where(j => j.TenantId == tenant.TenantId && j.WorkflowInstanceId == query.InstanceId)
                .OrderBy(j => j.Sequence)
                .Select(j => new JournalEntryView(j.Sequence, j.Timestamp, j.ActivityId, j.ActivityType, j.Event, j.Outcome, j.Actor, j.Message))
                .ToListAsync(cancellationToken);
        }
    }
}
