using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Visitation.Workflows.Execution;
using Visitation.Workflows.Persistence;
using Visitation.Workflows.Persistence.Records;
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
            var (bookmark, outcome) = await FireDueTimerAsync(tenantId, now, passed, cancellationToken);
            if (bookmark is null) break;
            if (outcome is null)
            {
                fired++;
                continue;
            }
            passed.Add(bookmark.Id);
            if (outcome is Exception failure) await BackOffTimerAsync(bookmark, now, failure, cancellationToken);
        }
        return fired;
    }

    /// <summary>
    /// Claims and fires one due timer in one transaction. Returns the claimed row (null when none is due) and null when it
    /// fired, the exception when it failed (the transaction rolled back), or a skip when another node holds the instance.
    /// </summary>
    private async Task<(BookmarkRecord? Bookmark, object? Outcome)> FireDueTimerAsync(string tenantId, DateTimeOffset now, List<string> passed,
        CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var tenant = scope.ServiceProvider.GetRequiredService<WorkflowTenants>().For(tenantId);
        await using var transaction = await DueWorkClaims.BeginClaimTransactionAsync(tenant.Db, cancellationToken);
        var bookmark = await DueWorkClaims.ClaimDueBookmarkAsync(tenant.Db, tenantId, now, passed, cancellationToken);
        if (bookmark is null) return (null, null);
        if (!await DueWorkClaims.LockInstanceAsync(tenant.Db, tenantId, bookmark.WorkflowInstanceId, skipLocked: true, cancellationToken))
            return (bookmark, Skipped); // another node or a request is executing the instance: a later pass takes it
        try
        {
            await tenant.Runtime.ResumeAsync(bookmark.WorkflowInstanceId, bookmark.Id, null, "scheduler", cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return (bookmark, null);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return (bookmark, e);
        }
    }

    /// <summary>Counts the failed fire; after the last attempt the timer stops and its instance gets an incident.</summary>
    private async Task BackOffTimerAsync(BookmarkRecord bookmark, DateTimeOffset now, Exception failure, CancellationToken cancellationToken)
    {
        bool exhausted;
        await using (var scope = scopes.CreateAsyncScope())
        {
            var tenant = scope.ServiceProvider.GetRequiredService<WorkflowTenants>().For(bookmark.TenantId);
            exhausted = await FireBackoff.RecordTimerFailureAsync(tenant.Db, bookmark, now, options, cancellationToken);
        }
        if (!exhausted)
        {
            logger.LogWarning(failure, "Timer {BookmarkId} of instance {InstanceId} did not fire (attempt {Attempt} of {MaxAttempts}); it is tried again later",
                bookmark.Id, bookmark.WorkflowInstanceId, bookmark.FireAttempts + 1, options.FireMaxAttempts);
            return;
        }
        logger.LogError(failure, "Timer {BookmarkId} of instance {InstanceId} did not fire in {MaxAttempts} attempts; it is stopped and the instance gets an incident",
            bookmark.Id, bookmark.WorkflowInstanceId, options.FireMaxAttempts);
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var tenant = scope.ServiceProvider.GetRequiredService<WorkflowTenants>().For(bookmark.TenantId);
            await tenant.Runtime.RaiseIncidentAsync(bookmark.WorkflowInstanceId, new Incident
            {
                Kind = Incident.TimerFailed,
                ActivityId = bookmark.ActivityId,
                ExceptionType = failure.GetType().Name,
                Message = $"The timer did not fire in {options.FireMaxAttempts} attempts: {failure.Message}",
                At = now,
            }, "scheduler", cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogError(e, "The incident of instance {InstanceId} could not be recorded", bookmark.WorkflowInstanceId);
        }
    }

    /// <summary>Starts an instance for each due Timer/Cron trigger, moving the trigger on in the same commit.</summary>
    private async Task<int> FireDueTriggersAsync(string tenantId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var passed = new List<string>();
        var fired = 0;
        while (fired < options.SchedulerBatchSize && passed.Count < options.SchedulerBatchSize)
        {
            var (record, outcome) = await FireDueTriggerAsync(tenantId, now, passed, cancellationToken);
            if (record is null) break;
            if (outcome is null)
            {
                fired++;
                continue;
            }
            passed.Add(record.Id);
            if (outcome is Exception failure) await BackOffTriggerAsync(record, now, failure, cancellationToken);
        }
        return fired;
    }

    /// <summary>Claims one due trigger, moves it on and starts its instance, in one transaction; outcomes as for a timer.</summary>
    private async Task<(TriggerRecord? Trigger, object? Outcome)> FireDueTriggerAsync(string tenantId, DateTimeOffset now, List<string> passed,
        CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var tenant = scope.ServiceProvider.GetRequiredService<WorkflowTenants>().For(tenantId);
        await using var transaction = await DueWorkClaims.BeginClaimTransactionAsync(tenant.Db, cancellationToken);
        var record = await DueWorkClaims.ClaimDueTriggerAsync(tenant.Db, tenantId, now, passed, cancellationToken);
        if (record is null) return (null, null);
        try
        {
            var trigger = EfWorkflowStore.ToTrigger(record);
            var next = TriggerIndexer.NextDueAt(trigger, now, tenant.Runtime.Runner.Options.TimeZone);
            if (!await tenant.Store.AdvanceTriggerAsync(trigger, next, cancellationToken)) return (record, Skipped);
            await tenant.Runtime.StartAsync(trigger.DefinitionId,
                new StartWorkflowOptions { TriggerActivityId = trigger.ActivityId, Actor = "scheduler" },
                trigger.DefinitionVersion, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return (record, null);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return (record, e);
        }
    }

    /// <summary>Counts the failed fire; after the last attempt this occurrence is skipped.</summary>
    private async Task BackOffTriggerAsync(TriggerRecord record, DateTimeOffset now, Exception failure, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var tenant = scope.ServiceProvider.GetRequiredService<WorkflowTenants>().For(record.TenantId);
        var nextOccurrence = TriggerIndexer.NextDueAt(EfWorkflowStore.ToTrigger(record), now, tenant.Runtime.Runner.Options.TimeZone);
        if (await FireBackoff.RecordTriggerFailureAsync(tenant.Db, record, now, nextOccurrence, options, cancellationToken))
            logger.LogError(failure, "Trigger {TriggerId} of {DefinitionId} did not fire in {MaxAttempts} attempts; this occurrence is skipped",
                record.Id, record.DefinitionId, options.FireMaxAttempts);
        else
            logger.LogWarning(failure, "Trigger {TriggerId} of {DefinitionId} did not fire (attempt {Attempt} of {MaxAttempts}); it is tried again later",
                record.Id, record.DefinitionId, record.FireAttempts + 1, options.FireMaxAttempts);
    }

    /// <summary>The outcome of a claim left for a later pass without an attempt.</summary>
    private static readonly object Skipped = new();
}
