using Microsoft.EntityFrameworkCore;
using Visitation.Host.Features.Kompetenceplaner;
using Visitation.Host.Infrastructure.Errors;
using Visitation.Host.Infrastructure.Persistence;

namespace Visitation.Host.Features.Matchning;

/// <summary>Finds a case's matching (another municipality's or another case's is not found) and shows it with its bid round and choice.</summary>
public sealed class MatchningViewBuilder(VisitationDbContext db, Kandidater kandidater, TimeProvider clock)
{
    public async Task<Matchning> FindAsync(Guid sagId, Guid id, CancellationToken cancellationToken)
    {
        if (!await db.Sager.AnyAsync(s => s.Id == sagId, cancellationToken)) throw new ResourceNotFoundException("Sagen");
        return await db.Set<Matchning>().SingleOrDefaultAsync(m => m.Id == id && m.SagId == sagId, cancellationToken)
               ?? throw new ResourceNotFoundException("Matchningen");
    }

    public Task<List<MatchningBud>> BudAsync(Guid matchningId, CancellationToken cancellationToken) =>
        db.Set<MatchningBud>().AsNoTracking().Where(b => b.MatchningId == matchningId).ToListAsync(cancellationToken);

    public async Task<MatchningView> ViewAsync(Matchning m, CancellationToken cancellationToken)
    {
        BidRoundView? round = null;
        if (m.Budrunde && m.Status != MatchningStatus.AfventerBehov)
        {
            var candidates = await kandidater.ForAsync(m, cancellationToken);
            var bud = await BudAsync(m.Id, cancellationToken);
            var fase = Budrunde.Fase(m, candidates, bud, clock.GetUtcNow());
            var invited = Budrunde.Inviterede(fase, candidates)
                .Select(k => new InvitationView(k.Offer.Id, k.Offer.Name, k.Offer.ProviderId, k.ProviderName, k.Intern, bud.Any(b => b.OfferId == k.Offer.Id)))
                .ToList();
            round = new BidRoundView(m.BudFrist, fase, invited, [.. bud.OrderBy(b => b.RegistreretAt).Select(BidView.From)]);
        }
        ChoiceView? choice = null;
        if (ValgOf(m) is { } valg)
        {
            var today = await PlanContext.TodayAsync(db, m.KommuneId, clock, cancellationToken);
            var cost = ExpectedCost.For(m, valg.UnitPrice, valg.Unit, today.Year);
            choice = new ChoiceView(valg, cost.ThisYear, cost.Total, cost.Annual, m.ValgtAf!, m.ValgtAt!.Value);
        }
        // Until a beslutning fixes it, the frame shown is the one the beslutning would hold the offer against now.
        var frame = m.Status == MatchningStatus.Accepteret ? m.RammeOere / 100m : (await BevilgetRamme.ForAsync(db, m, cancellationToken))?.PrAar;
        return new MatchningView(m.Id, m.SagId, m.IndstillingId, m.Status, m.Behov, m.IndsatsType, m.Maalgruppe, m.Lovgrundlag, m.Omfang, m.Enhed, m.Start, m.Slut,
            m.BevillingId, round, choice, frame, m.BesluttetAf, m.BesluttetAt, m.AfvistBegrundelse, m.OprettetAf, m.OprettetAt, Approval(m));
    }

    static ApprovalView? Approval(Matchning m) => m.GodkendelseNiveauKode is { } code
        ? new ApprovalView(m.GodkendelseNiveauNavn!, code, m.GodkendelseNiveauType!, m.GodkendelseRegelId!, m.GodkendelsePlanVersion!.Value,
            m.GodkendelseAarsager!.Split(','), m.GodkendtAf, m.GodkendtAt)
        : null;

    /// <summary>The choice as the flow receives it, or null while none is made.</summary>
    public static Valg? ValgOf(Matchning m) =>
        m.OfferId is { } offerId && m.ProviderId is { } providerId && m.EnhedsprisOere is { } price
            ? new Valg(m.Id, offerId, providerId, m.ProviderNavn ?? "", m.Intern, price / 100m, m.ValgtEnhed!, m.ValgtMaengde ?? 0, m.Begrundelse)
            : null;
}
