using Visitation.Host.Infrastructure.Persistence;

namespace Visitation.Host.Features.Audit;

/// <summary>
/// Commits the audit entries of case reads in groups: the reads that wait while one group commits go into the
/// next group, one transaction for all of them. Each read still waits until its own entries are committed, and a
/// failed commit fails every read in the group, so no entry is ever dropped; but concurrent reads no longer queue
/// one by one for the database's write lock (on SQLite a writer that finds the lock taken sleeps before it retries).
/// </summary>
public sealed class AuditReadCommits(IServiceScopeFactory scopes)
{
    private readonly Lock gate = new();
    private readonly SemaphoreSlim committer = new(1, 1);
    private List<PendingRead> waiting = [];

    public async Task CommitAsync(IReadOnlyList<AuditEntry> entries, CancellationToken cancellationToken)
    {
        var pending = new PendingRead(entries);
        lock (gate) waiting.Add(pending);
        // Once queued the entries must be committed or fail visibly, so the group is not abandoned when this
        // request is cancelled; the request itself stops waiting.
        await committer.WaitAsync(CancellationToken.None);
        try
        {
            if (!pending.Committed.Task.IsCompleted) await CommitWaitingAsync();
        }
        finally
        {
            committer.Release();
        }
        await pending.Committed.Task.WaitAsync(cancellationToken);
    }

    private async Task CommitWaitingAsync()
    {
        List<PendingRead> group;
        lock (gate)
        {
            group = waiting;
            waiting = [];
        }
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<VisitationDbContext>();
            var entries = group.Count == 1 ? group[0].Entries : [.. group.SelectMany(read => read.Entries)];
            await AuditEntryInsert.For(db).InsertAsync(db, entries, CancellationToken.None);
            foreach (var read in group) read.Committed.TrySetResult();
        }
        catch (Exception exception)
        {
            foreach (var read in group) read.Committed.TrySetException(exception);
        }
    }

    private sealed record PendingRead(IReadOnlyList<AuditEntry> Entries)
    {
        public TaskCompletionSource Committed { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}
