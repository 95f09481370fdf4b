using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Visitation.Workflows.Persistence;

namespace Visitation.Workflows.Hosting;

/// <summary>
/// The one scheduler of the engine: fires timer bookmarks and Timer/Cron triggers that are due, from the
/// database, so nothing is lost over a restart and what fell due while the host was down fires on start.
/// </summary>
/// <remarks>
/// A fire is a normal resume through the runtime, guarded by the instance's version and the removal of the
/// bookmark in the same commit, so a timer fires once even if two passes race; a trigger is advanced with a
/// compare-and-set on its due time before its instance starts.
/// </remarks>
public sealed class WorkflowScheduler(IServiceScopeFactory scopes, WorkflowOptions options, Jobs.RecurringJobRunner jobs, TimeProvider clock, ILogger<WorkflowScheduler> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.SchedulerEnabled) return;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await FireDueAsync(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogError(e, "Scheduler pass failed; retrying after the interval");
            }
            try
            {
                await Task.Delay(options.SchedulerInterval, clock, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    /// <summary>One pass: every tenant's due timers and triggers, then the due recurring jobs. Returns how many fired.</summary>
    public async Task<int> FireDueAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        List<string> tenants;
        await using (var scope = scopes.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<WorkflowDbContext>();
            var bookmarkTenants = db.Bookmarks.Where(b => b.DueAt != null && b.DueAt <= now).Select(b => b.TenantId);
            var triggerTenants = db.Triggers.Where(t => t.DueAt != null && t.DueAt <= now).Select(t => t.TenantId);
            tenants = await bookmarkTenants.Union(triggerTenants).ToListAsync(cancellationToken);
        }

        var fired = 0;
        foreach (var tenantId in tenants)
        {
            await using var scope = scopes.CreateAsyncScope();
            var tenant = scope.ServiceProvider.GetRequiredService<WorkflowTenants>().For(tenantId);
            fired += await tenant.Runtime.FireDueTimersAsync(now, options.SchedulerBatchSize, cancellationToken);
        }
        return fired + await jobs.RunDueAsync(now, cancellationToken);
    }
}
