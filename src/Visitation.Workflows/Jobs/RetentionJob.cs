using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Visitation.Workflows.Execution;
using Visitation.Workflows.Persistence;

namespace Visitation.Workflows.Jobs;

/// <summary>
/// Prunes finished instances and old journal rows so that history does not grow without bound (Elsa
/// #742, #4165). Running instances and their bookmarks are never touched; nor is the host's audit trail.
/// </summary>
public sealed class RetentionJob(RetentionOptions options) : IRecurringJob
{
    public string Name => "workflow-retention";

    public string Cron => options.Cron;

    public async Task<string> RunAsync(IServiceProvider services, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var db = services.GetRequiredService<WorkflowDbContext>();
        var instanceCutoff = now - options.FinishedInstanceAge;
        var journalCutoff = now - options.JournalAge;
        var keyCutoff = now - (options.IdempotencyKeyAge < TimeSpan.FromDays(30) ? TimeSpan.FromDays(30) : options.IdempotencyKeyAge);

        var instances = 0;
        while (true)
        {
            var batch = await db.Instances
                .Where(i => i.Status == WorkflowStatus.Finished && i.FinishedAt != null && i.FinishedAt < instanceCutoff)
                .OrderBy(i => i.FinishedAt).Select(i => i.Id).Take(options.BatchSize).ToListAsync(cancellationToken);
            if (batch.Count == 0) break;
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            await db.Journal.Where(j => batch.Contains(j.WorkflowInstanceId)).ExecuteDeleteAsync(cancellationToken);
            await db.Incidents.Where(i => batch.Contains(i.WorkflowInstanceId)).ExecuteDeleteAsync(cancellationToken);
            await db.Outbox.Where(o => batch.Contains(o.WorkflowInstanceId) && o.DeliveredAt != null).ExecuteDeleteAsync(cancellationToken);
            await db.Bookmarks.Where(b => batch.Contains(b.WorkflowInstanceId)).ExecuteDeleteAsync(cancellationToken);
            instances += await db.Instances.Where(i => batch.Contains(i.Id) && i.Status == WorkflowStatus.Finished).ExecuteDeleteAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }

        var journal = 0;
        while (true)
        {
            var batch = await db.Journal.Where(j => j.Timestamp < journalCutoff).OrderBy(j => j.Timestamp).Select(j => j.Id)
                .Take(options.BatchSize).ToListAsync(cancellationToken);
            if (batch.Count == 0) break;
            journal += await db.Journal.Where(j => batch.Contains(j.Id)).ExecuteDeleteAsync(cancellationToken);
        }

        var keys = await db.IdempotencyKeys.Where(k => k.CreatedAt < keyCutoff).ExecuteDeleteAsync(cancellationToken);
        return $"Removed {instances} finished instances, {journal} old journal rows and {keys} idempotency keys.";
    }
}
