using Microsoft.EntityFrameworkCore;
using Visitation.Host.Infrastructure.Persistence;

namespace Visitation.Host.Features.Moeder;

/// <summary>
/// Serialises everything that changes a forum's meetings or their agendas (queueing, ordering, moving, opening, closing,
/// attendance, decisions) for the rest of the caller's transaction, so that an item is never put on a meeting that is closing at the
/// same moment, two items never take the same place, and two decisions on one item never both count. Call it inside a
/// transaction before reading what you are about to change. PostgreSQL locks the forum's row; SQLite needs nothing more,
/// as its write transactions begin IMMEDIATE and so already run one at a time.
/// </summary>
public static class ForumLock
{
    public static async Task TakeAsync(VisitationDbContext db, Guid forumId, CancellationToken cancellationToken)
    {
        if (db.Database.CurrentTransaction is null) throw new InvalidOperationException("The forum lock is held by a transaction; begin one first.");
        if (db.Database.IsNpgsql())
            await db.Database.ExecuteSqlAsync($"SELECT 1 FROM forums WHERE \"Id\" = {forumId} FOR UPDATE", cancellationToken);
    }
}
