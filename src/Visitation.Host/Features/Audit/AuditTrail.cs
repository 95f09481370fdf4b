using Visitation.Host.Infrastructure.Persistence;
using Visitation.Host.Infrastructure.Tenancy;

namespace Visitation.Host.Features.Audit;

/// <summary>
/// Records who read or changed which case. A write's entry is added to the same unit of work as the change,
/// so both commit or neither; a read's entry is committed before the answer leaves, so none is dropped.
/// </summary>
public sealed class AuditTrail(VisitationDbContext db, CurrentUser currentUser, TimeProvider clock)
{
    /// <summary>Adds the entry for a change; the caller's SaveChanges commits it with the change.</summary>
    public void Write(Guid kommuneId, Guid sagId, string action) => Add(kommuneId, sagId, action, isRead: false);

    public async Task ReadAsync(Guid kommuneId, IEnumerable<Guid> sagIds, string action, CancellationToken cancellationToken)
    {
        var any = false;
        foreach (var sagId in sagIds.Distinct())
        {
            Add(kommuneId, sagId, action, isRead: true);
            any = true;
        }
        if (any) await db.SaveChangesAsync(cancellationToken);
    }

    private void Add(Guid kommuneId, Guid sagId, string action, bool isRead) =>
        db.AuditEntries.Add(new AuditEntry
        {
            KommuneId = kommuneId,
            SagId = sagId,
            At = clock.GetUtcNow(),
            UserId = currentUser.UserId,
            UserName = currentUser.Actor,
            Action = action,
            IsRead = isRead,
        });
}
