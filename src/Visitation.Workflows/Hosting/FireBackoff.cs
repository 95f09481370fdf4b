using Microsoft.EntityFrameworkCore;
using Visitation.Workflows.Persistence;
using Visitation.Workflows.Persistence.Records;

namespace Visitation.Workflows.Hosting;

/// <summary>
/// What the scheduler does with a due timer or trigger that failed to fire: it is tried again later, each wait twice
/// the last (up to a cap), instead of on every pass; after the last attempt it is given up.
/// </summary>
/// <remarks>
/// A failure is recorded in its own transaction, after the claim's transaction rolled back, and only on the row as it
/// was claimed (same due time and attempt count), so two nodes that failed on the same row count it once.
/// </remarks>
public static class FireBackoff
{
    /// <summary>When attempt number <paramref name="failedAttempts"/> + 1 is due.</summary>
    public static DateTimeOffset NextAttemptAt(DateTimeOffset now, int failedAttempts, WorkflowOptions options)
    {
        var delay = options.FireRetryDelay;
        for (var i = 1; i < failedAttempts && delay < options.FireRetryMaxDelay; i++) delay += delay;
        return now + (delay < options.FireRetryMaxDelay ? delay : options.FireRetryMaxDelay);
    }

    /// <summary>Counts a failed fire of a timer bookmark. Returns true when that was the last attempt (the timer is parked).</summary>
    public static async Task<bool> RecordTimerFailureAsync(WorkflowDbContext db, BookmarkRecord claimed, DateTimeOffset now, WorkflowOptions options,
        CancellationToken cancellationToken)
    {
        var attempts = claimed.FireAttempts + 1;
        var exhausted = attempts >= options.FireMaxAttempts;
        DateTimeOffset? next = exhausted ? null : NextAttemptAt(now, attempts, options);
        await db.Bookmarks
            .Where(b => b.TenantId == claimed.TenantId && b.Id == claimed.Id && b.FireAttempts == claimed.FireAttempts && b.DueAt == claimed.DueAt)
            .ExecuteUpdateAsync(set => set.SetProperty(b => b.FireAttempts, attempts).SetProperty(b => b.DueAt, next), cancellationToken);
        return exhausted;
    }

    /// <summary>
    /// Counts a failed fire of a Timer/Cron trigger. After the last attempt the occurrence is skipped: the trigger moves
    /// to <paramref name="nextOccurrence"/> (none for a one-off timer) with its count reset. Returns true then.
    /// </summary>
    public static async Task<bool> RecordTriggerFailureAsync(WorkflowDbContext db, TriggerRecord claimed, DateTimeOffset now,
        DateTimeOffset? nextOccurrence, WorkflowOptions options, CancellationToken cancellationToken)
    {
        var attempts = claimed.FireAttempts + 1;
        var exhausted = attempts >= options.FireMaxAttempts;
        var next = exhausted ? nextOccurrence : NextAttemptAt(now, attempts, options);
        await db.Triggers
            .Where(t => t.TenantId == claimed.TenantId && t.Id == claimed.Id && t.FireAttempts == claimed.FireAttempts && t.DueAt == claimed.DueAt)
            .ExecuteUpdateAsync(set => set.SetProperty(t => t.FireAttempts, exhausted ? 0 : attempts).SetProperty(t => t.DueAt, next), cancellationToken);
        return exhausted;
    }
}
