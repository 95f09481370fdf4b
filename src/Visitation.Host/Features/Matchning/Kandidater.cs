using Microsoft.EntityFrameworkCore;
using Visitation.Host.Features.Kompetenceplaner;
using Visitation.Host.Features.Tilbud;
using Visitation.Host.Infrastructure.Persistence;

namespace Visitation.Host.Features.Matchning;

/// <summary>An offer that fits the need, with its place on the indsatstrappe, its place under the own-first rule and its expected cost.</summary>
public sealed record Kandidat(Offer Offer, string ProviderName, int Plads, Trin Trin, Forankring Forankring, ExpectedCost Cost)
{
    public bool Intern => Forankring == Forankring.Egen;
}

/// <summary>
/// The offers of the catalogue that fit a matching's need: the same measure type and legal basis, a target group
/// that includes the need's (or none given), an approval that has not expired and a free place (or no capacity
/// given). Ordered by the indsatstrappe, then the own-first rule, then the expected annual cost.
/// </summary>
public sealed class Kandidater(VisitationDbContext db, TimeProvider clock)
{
    public async Task<IReadOnlyList<Kandidat>> ForAsync(Matchning matchning, CancellationToken cancellationToken)
    {
        var today = await PlanContext.TodayAsync(db, matchning.KommuneId, clock, cancellationToken);
        var kommuneNavn = await db.Kommuner.AsNoTracking().Where(k => k.Id == matchning.KommuneId).Select(k => k.Name).SingleAsync(cancellationToken);
        var offers = await db.Offers.AsNoTracking().Where(o => o.Type == matchning.IndsatsType).ToListAsync(cancellationToken);
        var providers = await db.Providers.AsNoTracking().ToDictionaryAsync(p => p.Id, p => p.Name, cancellationToken);
        var basis = MeasureCatalogue.NormaliseLegalBasis(matchning.Lovgrundlag);
        return offers
            .Where(o => MeasureCatalogue.NormaliseLegalBasis(o.LegalBasis) == basis)
            .Where(o => o.TargetGroup is null || string.IsNullOrWhiteSpace(matchning.Maalgruppe) || Catalogue.Contains(o.TargetGroup, matchning.Maalgruppe))
            .Where(o => o.ApprovedUntil is null || o.ApprovedUntil >= today)
            .Where(o => o.Vacancies is null || o.Vacancies > 0)
            .Select(o =>
            {
                var (plads, trin) = Indsatstrappe.Of(o);
                return new Kandidat(o, providers.GetValueOrDefault(o.ProviderId) ?? "", plads, trin, EgenFoerst.Of(o, kommuneNavn),
                    ExpectedCost.For(matchning, o.PriceOere / 100m, o.PriceUnit, today.Year));
            })
            .OrderBy(k => k.Plads)
            .ThenBy(k => k.Forankring)
            .ThenBy(k => k.Cost.Annual)
            .ThenBy(k => k.Offer.Name, Catalogue.NameOrder)
            .ThenBy(k => k.ProviderName, Catalogue.NameOrder)
            .ToList();
    }
}
