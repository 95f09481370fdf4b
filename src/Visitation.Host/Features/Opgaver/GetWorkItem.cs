using Mediator;
using Microsoft.EntityFrameworkCore;
using Visitation.Host.Infrastructure.Persistence;
using Visitation.Host.Infrastructure.Tenancy;

namespace Visitation.Host.Features.Opgaver;

public static class GetWorkItem
{
    public sealed record Query(string Id) : IQuery<WorkItemDetails>;

    public sealed class Handler(VisitationDbContext db, CurrentUser currentUser, TimeProvider clock, Audit.CorrelatedCaseReads caseReads) : IQueryHandler<Query, WorkItemDetails>
    {
        public async ValueTask<WorkItemDetails> Handle(Query query, CancellationToken cancellationToken)
        {
            var now = clock.GetUtcNow();
            var actor = await WorkItemActor.LoadAsync(db, currentUser, now, cancellationToken);
            var item = await WorkItemLookup.FindVisibleAsync(db, query.Id, actor, cancellationToken);
            await caseReads.ReadAsync(item.CaseId, "opgave.read", cancellationToken);
            var history = await db.WorkItemEvents.AsNoTracking().Where(e => e.WorkItemId == item.Id).OrderBy(e => e.Id).ToListAsync(cancellationToken);
            return new WorkItemDetails(await WorkItemLookup.ViewAsync(db, item, actor, now, cancellationToken), history.Select(WorkItemEventView.From).ToList());
        }
    }
}
