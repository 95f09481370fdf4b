using Microsoft.EntityFrameworkCore;
using Visitation.Host.Features.Bevillinger;
using Visitation.Host.Features.Oekonomi;
using Visitation.Host.Infrastructure.Persistence;

namespace Visitation.Host.Features.Matchning;

/// <summary>
/// The approved economic frame a beslutning holds the chosen offer against: the grant it comes from, its amount in kroner per year and the
/// grant's period, over which the offer's annual amount is counted too, so that both are the same stretch of time.
/// </summary>
public sealed record BevilgetRamme(Guid BevillingId, decimal PrAar, DateOnly Start, DateOnly? Slut)
{
    /// <summary>
    /// The frame of the grant the flow named for the matching, or else of the indstilling's newest active frame grant (strict BUM grants
    /// the measure and its frame before the provider is matched). A frame grant stores its frame; any other grant's frame is what its first
    /// twelve months cost by the cost rule, as a frame grant's is computed. Null when the indstilling has no grant to stay within.
    /// </summary>
    public static async Task<BevilgetRamme?> ForAsync(VisitationDbContext db, Matchning matchning, CancellationToken cancellationToken)
    {
        var grants = db.Bevillinger.AsNoTracking().Where(b => b.SagId == matchning.SagId);
        var grant = matchning.BevillingId is { } named
            ? await grants.SingleOrDefaultAsync(b => b.Id == named, cancellationToken)
            : (await grants.Where(b => b.IndstillingId == matchning.IndstillingId && b.Status == BevillingStatus.Aktiv && b.RammePrAarOere != null)
                .ToListAsync(cancellationToken)).OrderByDescending(b => b.BevilgetAt).FirstOrDefault();
        if (grant is null) return null;
        return new BevilgetRamme(grant.Id, grant.RammePrAarOere is { } oere ? oere / 100m : FirstYear(grant), grant.Start, grant.Slut);
    }

    static decimal FirstYear(Bevilling grant) => ExpectedAmounts.AnnualOf(grant.Line.Scope);
}
