using Microsoft.EntityFrameworkCore;
using Visitation.Host.Features.Kompetenceplaner;
using Visitation.Host.Features.Tilbud;
using Visitation.Host.Infrastructure.Persistence;

namespace Visitation.Host.Features.Matchning;

/// <summary>An offer that fits the need, with its place on the indsatstrappe, its place under the own-first rule and its expected cost.</summary>
public sealed record Kandidat(Offer Offer, string ProviderName, int Plads, Trin Trin, Forankring Forankring, ExpectedCost Cost, KandidatMatch Match = KandidatMatch.Exact)
{
    public bool Intern => Forankring == Forankring.Egen;
}

/// <summary>
/// The offers of the catalogue that fit a matching's need: the same measure type and legal basis, a target group
/// that includes the need's (or none given), an approval that has not expired and a free place (or no capacity
/// given). Ordered by the indsatstrappe, then the own-first rule, then the expected annual cost. Only these can be
/// bid on and chosen; <see cref="WithAdjacentStepsAsync"/> adds the offers of the neighbouring steps after them.
/// </summary>
public sealed class Kandidater(VisitationDbContext db, TimeProvider clock)
{
    public Task<IReadOnlyList<Kandidat>> ForAsync(Matchning matchning, CancellationToken cancellationToken) =>
        FindAsync(matchning, adjacentSteps: false, cancellationToken);

    /// <summary>
    /// The candidates, then the offers of the steps next to the need's on the indsatstrappe (any legal basis, the same
    /// rules for target group, approval and vacancies), in the same order among themselves: a caseworker sees the less
    /// intrusive alternative, and the more intrusive one, without it being chosen for a measure that was not decided.
    /// </summary>
    public Task<IReadOnlyList<Kandidat>> WithAdjacentStepsAsync(Matchning matchning, CancellationToken cancellationToken) =>
        FindAsync(matchning, adjacentSteps: true, cancellationToken);

    private async Task<IReadOnlyList<Kandidat>> FindAsync(Matchning matchning, bool adjacentSteps, CancellationToken cancellationToken)
    {
        var today = await PlanContext.TodayAsync(db, matchning.KommuneId, clock, cancellationToken);
        var kommuneNavn = await db.Kommuner.AsNoTracking().Where(k => k.Id == matchning.KommuneId).Select(k => k.Name).SingleAsync(cancellationToken);
        var neighbourTypes = adjacentSteps ? NeighbourTypes(matchning.IndsatsType) : [];
        var offers = await db.Offers.AsNoTracking().Where(o => o.Type == matchning.IndsatsType || neighbourTypes.Contains(o.Type)).ToListAsync(cancellationToken);
        var providers = await db.Providers.AsNoTracking().ToDictionaryAsync(p => p.Id, p => p.Name, cancellationToken);
        var basis = MeasureCatalogue.NormaliseLegalBasis(matchning.Lovgrundlag);
        var neighbours = NeighbourPlaces(matchning.IndsatsType);
        return offers
            .Where(o => o.TargetGroup is null || string.IsNullOrWhiteSpace(matchning.Maalgruppe) || Catalogue.Contains(o.TargetGroup, matchning.Maalgruppe))
            .Where(o => o.ApprovedUntil is null || o.ApprovedUntil >= today)
            .Where(o => o.Vacancies is null || o.Vacancies > 0)
            .Select(o =>
            {
                var (plads, trin) = Indsatstrappe.Of(o);
                var match = o.Type == matchning.IndsatsType ? KandidatMatch.Exact : KandidatMatch.AdjacentStep;
                return new Kandidat(o, providers.GetValueOrDefault(o.ProviderId) ?? "", plads, trin, EgenFoerst.Of(o, kommuneNavn),
                    ExpectedCost.For(matchning, o.PriceOere / 100m, o.PriceUnit, today.Year), match);
            })
            .Where(k => k.Match == KandidatMatch.Exact
                ? MeasureCatalogue.NormaliseLegalBasis(k.Offer.LegalBasis) == basis
                : neighbours.Contains(k.Plads))
            .OrderBy(k => k.Match)
            .ThenBy(k => k.Plads)
            .ThenBy(k => k.Forankring)
            .ThenBy(k => k.Cost.Annual)
            .ThenBy(k => k.Offer.Name, Catalogue.NameOrder)
            .ThenBy(k => k.ProviderName, Catalogue.NameOrder)
            .ToList();
    }

    /// <summary>The places just below and just above the steps of the measure type (a placement has several steps, one per form group).</summary>
    static HashSet<int> NeighbourPlaces(string indsatsType)
    {
        var own = Indsatstrappe.Trin.Select((trin, plads) => (trin, plads)).Where(t => t.trin.IndsatsType == indsatsType).Select(t => t.plads).ToList();
        if (own.Count == 0) return [];
        return [.. new[] { own.Min() - 1, own.Max() + 1 }.Where(p => p >= 0 && p < Indsatstrappe.Trin.Count && !own.Contains(p))];
    }

    static List<string> NeighbourTypes(string indsatsType) =>
        [.. NeighbourPlaces(indsatsType).Select(p => Indsatstrappe.Trin[p].IndsatsType).Where(t => t != indsatsType).Distinct()];
}
