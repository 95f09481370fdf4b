using Microsoft.EntityFrameworkCore;
using Visitation.Host.Features.Organisation;
using Visitation.Host.Features.Users;
using Visitation.Host.Infrastructure.Persistence;

namespace Visitation.Host.Features.Indstillinger;

/// <summary>Who holds a competence level in the municipality, and whether a user may act for it (as holder or as an absent holder's substitute).</summary>
public sealed class LevelHolders(VisitationDbContext db)
{
    public static bool Holds(User user, string levelCode, LevelKind kind) =>
        user.Kompetenceniveauer.Contains(levelCode)
        || (kind == LevelKind.Role && user.Roles.Any(r => string.Equals(r, levelCode, StringComparison.OrdinalIgnoreCase)));

    /// <summary>Null when the user may not act for the level; otherwise the absent holder they stand in for, or "" when they hold it themselves.</summary>
    public async Task<string?> ActingForAsync(User user, string levelCode, LevelKind kind, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (Holds(user, levelCode, kind)) return "";
        var absentHolders = await db.Users.AsNoTracking().Where(u => u.KommuneId == user.KommuneId && u.SubstituteId == user.Id && u.IsActive)
            .ToListAsync(cancellationToken);
        return absentHolders.FirstOrDefault(h => h.IsAbsentAt(now) && Holds(h, levelCode, kind))?.UserName;
    }
}
