using Microsoft.EntityFrameworkCore;
using Visitation.Host.Infrastructure.Persistence;

namespace Visitation.Host.Features.Bevillinger;

/// <summary>A municipality's settings for grants, or the defaults when its administrator has set none.</summary>
public static class BevillingNotice
{
    public static async Task<BevillingSettings> SettingsAsync(VisitationDbContext db, Guid kommuneId, CancellationToken cancellationToken) =>
        // Cross-tenant: the expiry job reads every municipality's settings; the municipality is named.
        await db.BevillingSettings.IgnoreQueryFilters().AsNoTracking().SingleOrDefaultAsync(s => s.KommuneId == kommuneId, cancellationToken)
        ?? BevillingSettings.Default(kommuneId);
}
