using Mediator;
using Microsoft.EntityFrameworkCore;
using Visitation.Host.Infrastructure.Tenancy;
using Visitation.Workflows.Execution;
using Visitation.Workflows.Hosting;

namespace Visitation.Host.Features.WorkflowInstances;

/// <summary>
/// For the designer's live overlay: how many running instances of a flow wait at each activity, and the median
/// time they have waited there (since the bookmark they wait on was made).
/// </summary>
public static class GetActivityStats
{
    public sealed record Query(string DefinitionId) : IQuery<IReadOnlyList<ActivityStats>>;

    public sealed record ActivityStats(string ActivityId, int Waiting, double MedianWaitingHours, DateTimeOffset OldestSince);

    public sealed class Handler(WorkflowTenants workflows, CurrentUser user, TimeProvider clock) : IQueryHandler<Query, IReadOnlyList<ActivityStats>>
    {
        public async ValueTask<IReadOnlyList<ActivityStats>> Handle(Query query, CancellationToken cancellationToken)
        {
            var tenant = workflows.For(user.RequireTenantId());
            var known = await tenant.Db.Definitions.AsNoTracking()
                .AnyAsync(d => d.TenantId == tenant.TenantId && d.DefinitionId == query.DefinitionId, cancellationToken);
            if (!known) throw new WorkflowNotFoundException("Workflow definition not found.");

            var waits = await (
                from bookmark in tenant.Db.Bookmarks.AsNoTracking()
                join instance in tenant.Db.Instances.AsNoTracking() on bookmark.WorkflowInstanceId equals instance.Id
                where bookmark.TenantId == tenant.TenantId && instance.TenantId == tenant.TenantId
                      && instance.DefinitionId == query.DefinitionId && instance.Status == WorkflowStatus.Running
                select new { bookmark.ActivityId, bookmark.WorkflowInstanceId, bookmark.CreatedAt }).ToListAsync(cancellationToken);

            var now = clock.GetUtcNow();
            return waits
                .GroupBy(w => w.ActivityId)
                .Select(activity =>
                {
                    // An instance with several bookmarks on one activity waits there once, since its earliest one.
                    var since = activity.GroupBy(w => w.WorkflowInstanceId).Select(i => i.Min(w => w.CreatedAt)).ToList();
                    return new ActivityStats(activity.Key, since.Count, Median(since.Select(s => (now - s).TotalHours)), since.Min());
                })
                .OrderBy(s => s.ActivityId, StringComparer.Ordinal)
                .ToList();
        }

        private static double Median(IEnumerable<double> values)
        {
            var sorted = values.Order().ToList();
            var middle = sorted.Count / 2;
            var median = sorted.Count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
            return Math.Round(Math.Max(0, median), 2);
        }
    }
}
