namespace Visitation.Host.Features.Matchning;

public enum BudFase
{
    /// <summary>The internal providers are asked and the deadline has not passed.</summary>
    AfventerInterne,

    /// <summary>An internal provider bid in time; the matching chooses among the internal bids.</summary>
    InterntBud,

    /// <summary>No internal bid came (declines, the deadline passed, or no internal offer fits), or an internal choice was rejected: external quotes are invited.</summary>
    EksterneInviteret,
}

/// <summary>
/// The bid round of strict BUM: internal providers answer first, within the municipality's bid deadline; when all
/// of them decline, the deadline passes without a bid, or an internal choice is rejected, external quotes are invited.
/// The phase follows from the clock and the answers, so a passing deadline needs no job.
/// </summary>
public static class Budrunde
{
    public static BudFase Fase(Matchning matchning, IReadOnlyList<Kandidat> kandidater, IReadOnlyList<MatchningBud> bud, DateTimeOffset now)
    {
        if (matchning.EksterneInviteret) return BudFase.EksterneInviteret;
        var interne = kandidater.Where(k => k.Intern).Select(k => k.Offer.Id).ToList();
        var internBud = bud.Any(b => b.Intern && b.Afgivet);
        var alleSvaret = interne.All(id => bud.Any(b => b.OfferId == id));
        var fristenUde = matchning.BudFrist is { } frist && now >= frist;
        if (!fristenUde && !alleSvaret) return BudFase.AfventerInterne;
        return internBud ? BudFase.InterntBud : BudFase.EksterneInviteret;
    }

    /// <summary>The offers whose providers are asked now: the internal ones first, the external ones once invited.</summary>
    public static IEnumerable<Kandidat> Inviterede(BudFase fase, IReadOnlyList<Kandidat> kandidater) =>
        fase == BudFase.EksterneInviteret ? kandidater : kandidater.Where(k => k.Intern);
}
