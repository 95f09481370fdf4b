using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Visitation.Workflows.Persistence;
using Visitation.Workflows.Persistence.Records;
using Visitation.Workflows.Timers;

namespace Visitation.Workflows.Jobs;

/// <summary>
/// Runs the recurring jobs that are due. Each due occurrence is claimed by moving the job's due time to its
/// next occurrence only where it still has the value read (compare-and-set), so one node runs it; what fell
/// due while the host was down runs once at the next pass, not once per missed occurrence.
/// </summary>
public sealed class RecurringJobRunner(IServiceScopeFactory scopes, IEnumerable<IRecurringJob> jobs, TimeZoneInfo timeZone, ILogger<RecurringJobRunner> logger)
{
    public async Task<int> RunDueAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        var ran = 0;
        foreach (var job in jobs)
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<WorkflowDbContext>();
            var record = await EnsureScheduledAsync(db, job, now, cancellationToken);
            if (record.DueAt > now) continue;

            var next = Schedules.NextOccurrence(job.Cron, now, timeZone) ?? now.AddYears(100);
            var claimed = await db.RecurringJobs
                .Where(j => j.Name == job.Name && j.DueAt == record.DueAt)
                .ExecuteUpdateAsync(set => set.SetProperty(j => j.DueAt, next), cancellationToken);
            if (claimed == 0) continue;

            string result;
            try
            {
                result = await job.RunAsync(scope.ServiceProvider, now, cancellationToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogError(e, "Recurring job {Job} failed", job.Name);
                result = $"Failed: {e.GetType().Name}";
            }
            await db.RecurringJobs.Where(j => j.Name == job.Name)
                .ExecuteUpdateAsync(set => set.SetProperty(j => j.LastRunAt, now).SetProperty(j => j.LastResult, result), cancellationToken);
            logger.LogInformation("Recurring job {Job}: {Result}", job.Name, result);
            ran++;
        }
        return ran;
    }

    private async Task<RecurringJobRecord> EnsureScheduledAsync(WorkflowDbContext db, IRecurringJob job, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var record = await db.RecurringJobs.AsNoTracking().SingleOrDefaultAsync(j => j.Name == job.Name, cancellationToken);
        if (record is not null && record.Cron == job.Cron) return record;

        var first = Schedules.NextOccurrence(job.Cron, now, timeZone) ?? now.AddYears(100);
        if (record is null)
        {
            record = new RecurringJobRecord { Name = job.Name, Cron = job.Cron, DueAt = first };
            db.RecurringJobs.Add(record);
            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateException)
            {
                db.ChangeTracker.Clear();
                return await db.RecurringJobs.AsNoTracking().SingleAsync(j => j.Name == job.Name, cancellationToken);
            }
            db.ChangeTracker.Clear();
            return record;
        }

        // The schedule changed in configuration: the new one takes effect from now.
        await db.RecurringJobs.Where(j => j.Name == job.Name)
            .ExecuteUpdateAsync(set => set.SetProperty(j => j.Cron, job.Cron).SetProperty(j => j.DueAt, first), cancellationToken);
        record.Cron = job.Cron;
        record.DueAt = first;
        return record;
    }
}
