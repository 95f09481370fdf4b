using Visitation.Host.Infrastructure.Persistence;
using Visitation.Host.Infrastructure.Tenancy;

namespace Visitation.Host.Features.Audit;

/// <summary>
/// Records who read or changed which case. A write's entry is added to the same unit of work as the change,
/// so both commit or neither; a read's entry is committed before the answer leaves, so none is dropped.
/// </summary>
public sealed class AuditTrail(VisitationDbContext db, CurrentUser currentUser, TimeProvider clock, AuditReadCommits readCommits)
{
    /// <summary>Adds the entry for a change; the caller's SaveChanges commits it with the change.</summary>
    public void Write(Guid kommuneId, Guid sagId, string action, string? reason = null) =>
        db.AuditEntries.Add(Entry(kommuneId, sagId, action, isRead: false, reason));

    public async Task ReadAsync(Guid kommuneId, IEnumerable<Guid> sagIds, string action, CancellationToken cancellationToken)
    {
        var entries = sagIds.Distinct().Select(sagId => Entry(kommuneId, sagId, action, isRead: true)).ToList();
        if (entries.Count == 0) return;
        // A use case that is changing data, or is inside a transaction, commits the read with its own work
        // (a separate commit would wait for the write lock that use case holds).
        if (db.Database.CurrentTransaction is not null || db.ChangeTracker.HasChanges())
        {
            db.AuditEntries.AddRange(entries);
            await db.SaveChangesAsync(cancellationToken);
            return;
        }
        await readCommits.CommitAsync(entries, cancellationToken);
    }

    private AuditEntry Entry(Guid kommuneId, Guid sagId, string action, bool isRead, string? reason = null) => new()
    {
        KommuneId = kommuneId,
        SagId = sagId,
        At = clock.GetUtcNow(),
        UserId = currentUser.UserId,
        UserName = currentUser.Actor,
        Action = action,
        IsRead = isRead,
        Reason = reason,
    };
}
