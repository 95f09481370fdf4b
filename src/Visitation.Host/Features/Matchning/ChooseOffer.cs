using Mediator;
using Microsoft.EntityFrameworkCore;
using Visitation.Host.Features.Audit;
using Visitation.Host.Features.Indstillinger;
using Visitation.Host.Features.Organisation;
using Visitation.Host.Features.Sager;
using Visitation.Host.Infrastructure.Behaviors;
using Visitation.Host.Infrastructure.Errors;
using Visitation.Host.Infrastructure.Persistence;
using Visitation.Host.Infrastructure.Tenancy;
using Visitation.Host.Infrastructure.Workflows;

namespace Visitation.Host.Features.Matchning;

/// <summary>
/// Chooses the offer for an open matching. The offer must fit the need (an offer of a neighbouring step of the indsatstrappe is
/// another measure than the one decided, so it cannot be chosen here); in a bid round it must have a bid or quote,
/// whose price is taken. Choosing an external offer when an internal one fits (in a bid round: when an internal
/// provider bid) needs a reason. The choice is published to the case's flow as <c>matchning-valgt</c> in the same
/// transaction, which resumes a waiting <c>Visitation.Matchning</c> step; a step that starts later picks the choice up. A choice outside the
/// competence that decided (<see cref="KompetenceAfvigelse"/>) is held back from the flow, and so from the grant, until the level the plan
/// names approves it (<see cref="ApproveChoice"/>), unless the chooser holds that level themselves.
/// </summary>
public static class ChooseOffer
{
    public const int MaxReason = 2000;

    public sealed record Command(Guid SagId, Guid MatchningId, Guid? OfferId, string? Reason) : ICommand<MatchningView>, IValidatable
    {
        public IEnumerable<ProblemError> Validate()
        {
            if (OfferId is null) yield return ErrorMessages.Error("/offerId", "field.required");
            foreach (var error in FieldRules.Text("/reason", Reason, MaxReason, required: false)) yield return error;
        }
    }

    public sealed class Handler(VisitationDbContext db, CurrentUser currentUser, AuditTrail audit, MatchningViewBuilder views, Kandidater kandidater, SagFlow flow, TimeProvider clock) : ICommandHandler<Command, MatchningView>
    {
        public async ValueTask<MatchningView> Handle(Command command, CancellationToken cancellationToken) =>
            await ChooseAsync(command, cancellationToken);

        private async Task<MatchningView> ChooseAsync(Command command, CancellationToken cancellationToken)
        {
            var matchning = await views.FindAsync(command.SagId, command.MatchningId, cancellationToken);
            if (matchning.Status == MatchningStatus.AfventerBehov) throw new ConflictException(ErrorMessages.Error("", "matchning.needMissing"));
            if (matchning.Status != MatchningStatus.Aaben) throw new ConflictException(ErrorMessages.Error("", "matchning.notOpen"));
            var candidates = await kandidater.ForAsync(matchning, cancellationToken);
            var candidate = candidates.SingleOrDefault(k => k.Offer.Id == command.OfferId);
            if (candidate is null)
            {
                var adjacent = (await kandidater.WithAdjacentStepsAsync(matchning, cancellationToken)).Any(k => k.Offer.Id == command.OfferId);
                throw new UnprocessableException([ErrorMessages.Error("/offerId", adjacent ? "matchning.adjacentStep" : "matchning.notACandidate")]);
            }

            var price = candidate.Offer.PriceOere;
            var internalFits = candidates.Any(k => k.Intern);
            if (matchning.Budrunde)
            {
                var bud = await views.BudAsync(matchning.Id, cancellationToken);
                price = bud.SingleOrDefault(b => b.OfferId == candidate.Offer.Id && b.Afgivet)?.PrisOere
                        ?? throw new UnprocessableException([ErrorMessages.Error("/offerId", "matchning.noBid")]);
                internalFits = bud.Any(b => b.Intern && b.Afgivet);
            }
            var reason = string.IsNullOrWhiteSpace(command.Reason) ? null : command.Reason.Trim();
            if (!candidate.Intern && internalFits && reason is null)
                throw new UnprocessableException([ErrorMessages.Error("/reason", "matchning.reasonRequired")]);

            matchning.ClearChoice();
            matchning.Status = MatchningStatus.Valgt;
            matchning.OfferId = candidate.Offer.Id;
            matchning.ProviderId = candidate.Offer.ProviderId;
            matchning.ProviderNavn = candidate.ProviderName;
            matchning.Intern = candidate.Intern;
            matchning.EnhedsprisOere = price;
            matchning.ValgtEnhed = candidate.Offer.PriceUnit;
            matchning.ValgtMaengde = candidate.Cost.Quantity;
            matchning.Begrundelse = reason;
            matchning.ValgtAf = currentUser.Actor;
            matchning.ValgtAt = clock.GetUtcNow();
            if (await KompetenceAfvigelse.ForAsync(db, matchning, candidate.Offer, price, clock, cancellationToken) is { } afvigelse)
            {
                var chooser = await db.Users.AsNoTracking().SingleAsync(u => u.Id == currentUser.UserId, cancellationToken);
                var level = afvigelse.Routing.Level;
                matchning.GodkendelseNiveauKode = level.Code;
                matchning.GodkendelseNiveauNavn = level.Name;
                matchning.GodkendelseNiveauType = LevelKindNames.Of(level.Kind);
                matchning.GodkendelseRegelId = afvigelse.Routing.RuleId;
                matchning.GodkendelsePlanVersion = afvigelse.Routing.PlanVersion;
                matchning.GodkendelseAarsager = string.Join(',', afvigelse.Aarsager);
                if (level.Kind != LevelKind.Forum && LevelHolders.Holds(chooser, level.Code, level.Kind))
                {
                    // Within the chooser's own competence by the plan: approved as it is chosen.
                    matchning.GodkendtAf = currentUser.Actor;
                    matchning.GodkendtAt = matchning.ValgtAt;
                }
                else matchning.Status = MatchningStatus.AfventerGodkendelse;
            }
            audit.Write(matchning.KommuneId, matchning.SagId, "matchning.choose");
            await db.SaveChangesAsync(cancellationToken);
            if (matchning.Status == MatchningStatus.AfventerGodkendelse) return await views.ViewAsync(matchning, cancellationToken);

            var sag = await db.Sager.SingleAsync(s => s.Id == matchning.SagId, cancellationToken);
            matchning.ValgModtagetAfForloeb = await flow.SignalAsync(sag, MatchningEvents.Valgt,
                MatchningEvents.ValgtPayload(matchning.IndstillingId, MatchningViewBuilder.ValgOf(matchning)!), cancellationToken);
            return await views.ViewAsync(matchning, cancellationToken);
        }
    }
}
