using Microsoft.EntityFrameworkCore;
using Visitation.Host.Features.Indstillinger;
using Visitation.Host.Features.Kompetenceplaner;
using Visitation.Host.Features.Oekonomi;
using Visitation.Host.Features.Tilbud;
using Visitation.Host.Infrastructure.Persistence;

namespace Visitation.Host.Features.Matchning;

/// <summary>
/// Whether a chosen offer leaves the competence that decided the indstilling (docs/case-path.md, "A choice outside the decided
/// competence"). The plan in force routes the measure again with what the choice changes: the provider's kind and financing, the
/// offer's price (as the expected annual and total cost) and the matching's measure and legal basis. The choice needs the approval of
/// the level the plan then names when that level is not the one that decided, when the plan asks for a gate it did not ask for the
/// indstilling as decided, when the offer costs more a year than was decided (without a frame grant, whose beslutning holds the
/// offer against the frame), or when the measure is another than the indstilling's. A caseworker who holds that level themselves
/// chooses within their own competence (<see cref="ChooseOffer"/>).
/// </summary>
public sealed record KompetenceAfvigelse(Routing Routing, IReadOnlyList<string> Aarsager)
{
    public const string AndetNiveau = "niveau";
    public const string NyPort = "port";
    public const string OverBeloeb = "beloeb";
    public const string AndenIndsats = "indsats";

    /// <summary>Null when the choice stays within the decided competence.</summary>
    public static async Task<KompetenceAfvigelse?> ForAsync(VisitationDbContext db, Matchning matchning, Offer offer, long priceOere, TimeProvider clock,
        CancellationToken cancellationToken)
    {
        var indstilling = await db.Indstillinger.AsNoTracking().SingleAsync(i => i.Id == matchning.IndstillingId, cancellationToken);
        var decided = (await db.Afgoerelser.AsNoTracking()
                .Where(a => a.IndstillingId == indstilling.Id && (a.Udfald == AfgoerelseUdfald.Bevilget || a.Udfald == AfgoerelseUdfald.BevilgetMedAendring))
                .ToListAsync(cancellationToken))
            .OrderByDescending(a => a.AfgjortAt).FirstOrDefault();
        var decidedLevel = decided?.NiveauKode ?? indstilling.NiveauKode;
        if (decidedLevel is null) return null;

        var today = await PlanContext.TodayAsync(db, matchning.KommuneId, clock, cancellationToken);
        var stored = await PlanContext.InForceAsync(db, matchning.KommuneId, today, cancellationToken);
        if (stored is null) return null;
        var plan = PlanStorage.Read(stored.Document);
        var levels = await PlanContext.LevelsAsync(db, matchning.KommuneId, cancellationToken);
        var submitter = await db.Users.AsNoTracking().SingleOrDefaultAsync(u => u.Id == indstilling.IndstilletAfId, cancellationToken);
        var team = submitter?.TeamId is { } teamId ? await db.Teams.AsNoTracking().Where(t => t.Id == teamId).Select(t => t.Code).SingleOrDefaultAsync(cancellationToken) : null;
        var profile = submitter is null ? null : new SubmitterProfile(submitter.UserName, team, submitter.IsExperienced, submitter.Kompetenceniveauer);

        var asDecided = SubmitIndstilling.Handler.Measure(indstilling);
        // The quantity the grant will have: a decision's changed scope wins over the need's, as the grant takes it (docs/case-path.md).
        var needQuantity = decided?.AendretOmfang ?? matchning.Omfang;
        var quantity = offer.PriceUnit == matchning.Enhed ? needQuantity : 1m;
        var offerScope = new CostScope(quantity, offer.PriceUnit, priceOere / 100m, matchning.Start, matchning.Slut);
        var offerAmounts = ExpectedAmounts.Of(offerScope, today.Year);
        var chosen = asDecided with
        {
            Type = matchning.IndsatsType,
            LegalBasis = matchning.Lovgrundlag,
            ProviderKind = offer.Provision,
            ProviderFinancing = offer.Financing,
            Quantity = new QuantityInput(needQuantity, matchning.Enhed),
            AnnualCost = offerAmounts.Annual,
            TotalCost = offerAmounts.Total,
        };
        var before = KompetenceplanEvaluator.Evaluate(plan, stored.Version, levels, asDecided, profile, today);
        var after = KompetenceplanEvaluator.Evaluate(plan, stored.Version, levels, chosen, profile, today);
        if (after is null) return null;

        var decidedScope = new CostScope(decided?.AendretOmfang ?? indstilling.Omfang, indstilling.Enhed, indstilling.EnhedsprisOere / 100m, indstilling.Start,
            indstilling.ForventetSlut);
        var aarsager = new List<string>();
        if (after.Level.Code != decidedLevel) aarsager.Add(AndetNiveau);
        if (after.Gates.Except(before?.Gates ?? []).Any()) aarsager.Add(NyPort);
        // Under a frame grant (strict BUM) the beslutning holds the offer against the frame; otherwise the decided amount is the frame.
        if (offerAmounts.Annual > ExpectedAmounts.AnnualOf(decidedScope) && await BevilgetRamme.ForAsync(db, matchning, cancellationToken) is null)
            aarsager.Add(OverBeloeb);
        if (matchning.IndsatsType != indstilling.IndsatsType) aarsager.Add(AndenIndsats);
        return aarsager.Count == 0 ? null : new KompetenceAfvigelse(after, aarsager);
    }
}
