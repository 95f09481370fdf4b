using Microsoft.EntityFrameworkCore;
using Visitation.Host.Features.Indstillinger;
using Visitation.Host.Infrastructure.Persistence;

namespace Visitation.Host.Features.Matchning;

/// <summary>The scope a matching starts from: the one the last granting decision changed it to (bevilget med ændring), else the indstilling's.</summary>
public static class BesluttetOmfang
{
    public static async Task<decimal> ForAsync(VisitationDbContext db, Indstilling indstilling, CancellationToken cancellationToken)
    {
        var decisions = await db.Afgoerelser.AsNoTracking()
            .Where(a => a.KommuneId == indstilling.KommuneId && a.IndstillingId == indstilling.Id
                        && (a.Udfald == AfgoerelseUdfald.Bevilget || a.Udfald == AfgoerelseUdfald.BevilgetMedAendring))
            .ToListAsync(cancellationToken);
        return decisions.OrderByDescending(a => a.AfgjortAt).FirstOrDefault()?.AendretOmfang ?? indstilling.Omfang;
    }
}
