using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Visitation.Workflows.Execution;
using Visitation.Workflows.Persistence;
using Visitation.Workflows.Timers;

namespace Visitation.Workflows.Hosting;

/// <summary>
/// The one scheduler of the engine: fires timer bookmarks and Timer/Cron triggers that are due, from the
/// database, so nothing is lost over a restart and what fell due while the host was down fires on start.
/// Any number of nodes may run it against one PostgreSQL database.
/// </summary>
/// <remarks>
/// Each fire is one transaction (<see cref="DueWorkClaims"/>): claim the due row (<c>FOR UPDATE SKIP LOCKED</c> on
/// PostgreSQL, inside <c>BEGIN IMMEDIATE</c> on SQLite), lock the instance, run the step through the runtime and
/// commit the step together with the claim. A timer's bookmark row is deleted by that same commit and a
/// trigger's due time is moved by it, so a fire is applied exactly once: a crash before the commit leaves the
/// row due for the next pass, and no other node can claim the row while the step is in flight.
/// </remarks>
public sealed class WorkflowScheduler(IServiceScopeFactory scopes, WorkflowOptions options, Jobs.RecurringJobRunner jobs, TimeProvider clock, ILogger<WorkflowScheduler> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.SchedulerEnabled) return;
        while (!stoppingToken.IsCancellationRequested)
        {
            var more = false;
            try
            {
                more = await FireDuePassAsync(stoppingToken) is { Fired: > 0, Full: true };
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogError(e, "Scheduler pass failed; retrying after the interval");
            }
            catch (OperationCanceledException)
            {
                return;
            }
            if (more) continue; // a full batch: there may be more due right now
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
    public async Task<int> FireDueAsync(CancellationToken cancellationToken) => (await FireDuePassAsync(cancellationToken)).Fired;

    private async Task<(int Fired, bool Full)> FireDuePassAsync(CancellationToken cancellationToken)
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
        var full = false;
        foreach (var tenantId in tenants)
        {
            var timers = await FireDueTimersAsync(tenantId, now, cancellationToken);
            var triggers = await FireDueTriggersAsync(tenantId, now, cancellationToken);
            fired += timers + triggers;
            full |= timers >= options.SchedulerBatchSize || triggers >= options.SchedulerBatchSize;
        }
        fired += await jobs.RunDueAsync(now, cancellationToken);
        return (fired, full);
    }

    /// <summary>Fires up to a batch of the tenant's due timer bookmarks, each claimed and committed with its step.</summary>
    private async Task<int> FireDueTimersAsync(string tenantId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var passed = new List<string>();
        var fired = 0;
        while (fired < options.SchedulerBatchSize && passed.Count < options.SchedulerBatchSize)
        {
            await using var scope = scopes.CreateAsyncScope();
            var tenant = scope.ServiceProvider.GetRequiredService<WorkflowTenants>().For(tenantId);
            await using var transaction = await DueWorkClaims.BeginClaimTransactionAsync(tenant.Db, cancellationToken);
            var bookmark = await DueWorkClaims.ClaimDueBookmarkAsync(tenant.Db, tenantId, now, passed, cancellationToken);
            if (bookmark is null) break;
            if (!await DueWorkClaims.LockInstanceAsync(tenant.Db, tenantId, bookmark.WorkflowInstanceId, skipLocked: true, cancellationToken))
            {
                passed.Add(bookmark.Id); // another node or a request is executing the instance: a later pass takes it
                continue;
            }
            try
            {
                await tenant.Runtime.ResumeAsync(bookmark.WorkflowInstanceId, bookmark.Id, null, "scheduler", cancellationToken);
                await transaction.CommitAsync(cancellationToken);
                fired++;
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                passed.Add(bookmark.Id);
                logger.LogWarning(e, "Timer {BookmarkId} of instance {InstanceId} did not fire; it stays due", bookmark.Id, bookmark.WorkflowInstanceId);
            }
        }
        return fired;
    }

    /// <summary>Starts an instance for each due Timer/Cron trigger, moving the trigger on in the same commit.</summary>
    private async Task<int> FireDueTriggersAsync(string tenantId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var passed = new List<string>();
        var fired = 0;
        while (fired < options.SchedulerBatchSize && passed.Count < options.SchedulerBatchSize)
        {
            await using var scope = scopes.CreateAsyncScope();
            var tenant = scope.ServiceProvider.GetRequiredService<WorkflowTenants>().For(tenantId);
            await using var transaction = await DueWorkClaims.BeginClaimTransactionAsync(tenant.Db, cancellationToken);
            var record = await DueWorkClaims.ClaimDueTriggerAsync(tenant.Db, tenantId, now, passed, cancellationToken);
            if (record is null) break;
            try
            {
                var trigger = EfWorkflowStore.ToTrigger(record);
                var next = TriggerIndexer.NextDueAt(trigger, now, tenant.Runtime.Runner.Options.TimeZone);
                if (!await tenant.Store.AdvanceTriggerAsync(trigger, next, cancellationToken))
                {
                    passed.Add(record.Id);
                    continue;
                }
                await tenant.Runtime.StartAsync(trigger.DefinitionId,
                    new StartWorkflowOptions { TriggerActivityId = trigger.ActivityId, Actor = "scheduler" },
                    trigger.DefinitionVersion, cancellationToken);
                await transaction.CommitAsync(cancellationToken);
                fired++;
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                passed.Add(record.Id);
                logger.LogWarning(e, "Trigger {TriggerId} of {DefinitionId} did not fire; it stays due", record.Id, record.DefinitionId);
            }
        }
        return fired;
    }
}
