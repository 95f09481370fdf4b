using Visitation.Host.Features.Tilbud;

namespace Visitation.Host.Features.Matchning;

/// <summary>
/// The choice a matching hands to its flow (output <c>Valg</c> of <c>Visitation.Matchning</c>, input of
/// <c>Visitation.Bevilg</c> and <c>Visitation.Bestil</c>); <c>unitPrice</c> is in kroner per <c>unit</c>.
/// </summary>
public sealed record Valg(Guid MatchningId, Guid OfferId, Guid ProviderId, string ProviderName, bool Internal, decimal UnitPrice, string Unit,
    decimal Quantity, string? Reason);

/// <summary>
/// An offer that fits the need (<c>match</c> <see cref="KandidatMatch.Exact"/>) or is on a neighbouring step of the indsatstrappe
/// (<see cref="KandidatMatch.AdjacentStep"/>): its step (rank 0 = least intrusive), its placement form, its place under the own-first
/// rule, and its expected cost in kroner.
/// </summary>
public sealed record CandidateView(Guid OfferId, string OfferName, Guid ProviderId, string ProviderName, string Type, KandidatMatch Match, string Step,
    string StepName, int StepRank, Anbringelsesform? PlacementForm, Forankring OwnFirst, string? TargetGroup, string LegalBasis, string? Location, decimal Price,
    string Unit, decimal Quantity, decimal CostThisYear, decimal CostTotal, decimal AnnualCost, int? Vacancies, DateOnly? ApprovedUntil)
{
    public static CandidateView From(Kandidat k) => new(k.Offer.Id, k.Offer.Name, k.Offer.ProviderId, k.ProviderName, k.Offer.Type, k.Match, k.Trin.Kode,
        k.Trin.Navn, k.Plads, k.Offer.PlacementForm, k.Forankring, k.Offer.TargetGroup, k.Offer.LegalBasis, k.Offer.Location, k.Offer.PriceOere / 100m,
        k.Offer.PriceUnit, k.Cost.Quantity, k.Cost.ThisYear, k.Cost.Total, k.Cost.Annual, k.Offer.Vacancies, k.Offer.ApprovedUntil);
}

public enum BudSvar
{
    Bud,
    Afslag,
}

/// <summary>A provider's bid or quote (price in kroner per the offer's unit) or its decline.</summary>
public sealed record BidView(Guid Id, Guid OfferId, Guid ProviderId, bool Internal, BudSvar Outcome, decimal? Price, string? Note, string RecordedBy,
    DateTimeOffset RecordedAt)
{
    public static BidView From(MatchningBud bud) => new(bud.Id, bud.OfferId, bud.ProviderId, bud.Intern, bud.Afgivet ? BudSvar.Bud : BudSvar.Afslag,
        bud.PrisOere / 100m, bud.Bemaerkning, bud.RegistreretAf, bud.RegistreretAt);
}

/// <summary>An offer whose provider is asked to bid now, and whether it has answered.</summary>
public sealed record InvitationView(Guid OfferId, string OfferName, Guid ProviderId, string ProviderName, bool Internal, bool Answered);

public sealed record BidRoundView(DateTimeOffset? Deadline, BudFase Phase, IReadOnlyList<InvitationView> Invited, IReadOnlyList<BidView> Bids);

/// <summary>The chosen offer with its expected cost in kroner, and who chose it.</summary>
public sealed record ChoiceView(Valg Valg, decimal CostThisYear, decimal CostTotal, decimal AnnualCost, string ChosenBy, DateTimeOffset ChosenAt);

/// <summary>
/// A choice outside the decided competence: the level the plan names (by rule and version) and why (<c>niveau</c>: another level,
/// <c>port</c>: a gate the decision did not have, <c>beloeb</c>: more a year than decided, <c>indsats</c>: another measure); who approved and when.
/// </summary>
public sealed record ApprovalView(string Level, string LevelId, string LevelKind, string RuleId, int PlanVersion, IReadOnlyList<string> Reasons, string? ApprovedBy,
    DateTimeOffset? ApprovedAt);

public sealed record MatchningView(Guid Id, Guid CaseId, Guid IndstillingId, MatchningStatus Status, string? Need, string MeasureType, string? TargetGroup,
    string LegalBasis, decimal Quantity, string Unit, DateOnly Start, DateOnly? End, Guid? BevillingId, BidRoundView? BidRound, ChoiceView? Choice,
    decimal? Frame, string? DecidedBy, DateTimeOffset? DecidedAt, string? RejectionReason, string CreatedBy, DateTimeOffset CreatedAt, ApprovalView? Approval = null);
