using Mediator;
using Visitation.Host.Features.Audit;
using Visitation.Host.Features.Oekonomi;
using Visitation.Host.Features.Tilbud;
using Visitation.Host.Infrastructure.Behaviors;
using Visitation.Host.Infrastructure.Errors;
using Visitation.Host.Infrastructure.Persistence;
using Visitation.Host.Infrastructure.Tenancy;

namespace Visitation.Host.Features.Matchning;

/// <summary>
/// Records a provider's answer in the bid round for one of its fitting offers: a bid or quote at a price per the
/// offer's unit, or a decline. Internal providers answer while the internal round lasts; external providers only once
/// their quotes are invited. One answer per offer. The caseworker records it on the provider's behalf; this is the one
/// place an answer is recorded, whoever sends it.
/// </summary>
public static class RecordBid
{
    public sealed record Command(Guid SagId, Guid MatchningId, Guid? OfferId, BudSvar? Outcome, decimal? Price, string? Note) : ICommand<MatchningView>, IValidatable
    {
        public IEnumerable<ProblemError> Validate()
        {
            if (OfferId is null) yield return ErrorMessages.Error("/offerId", "field.required");
            if (Outcome is null) yield return ErrorMessages.Error("/outcome", "field.required");
            if (Outcome == BudSvar.Bud) foreach (var error in ProjectCommitment.Money("/price", Price, OfferFields.MaxPrice)) yield return error;
            foreach (var error in FieldRules.Text("/note", Note, 2000, required: false)) yield return error;
        }
    }

    public sealed class Handler(VisitationDbContext db, CurrentUser currentUser, AuditTrail audit, MatchningViewBuilder views, Kandidater kandidater, TimeProvider clock)
        : ICommandHandler<Command, MatchningView>
    {
        public async ValueTask<MatchningView> Handle(Command command, CancellationToken cancellationToken)
        {
            var matchning = await views.FindAsync(command.SagId, command.MatchningId, cancellationToken);
            if (!matchning.Budrunde) throw new ConflictException(ErrorMessages.Error("", "matchning.noBidRound"));
            if (matchning.Status != MatchningStatus.Aaben) throw new ConflictException(ErrorMessages.Error("", "matchning.notOpen"));
            var candidates = await kandidater.ForAsync(matchning, cancellationToken);
            var candidate = candidates.SingleOrDefault(k => k.Offer.Id == command.OfferId)
                            ?? throw new UnprocessableException([ErrorMessages.Error("/offerId", "matchning.notACandidate")]);
            var bud = await views.BudAsync(matchning.Id, cancellationToken);
            if (bud.Any(b => b.OfferId == candidate.Offer.Id)) throw new ConflictException(ErrorMessages.Error("/offerId", "matchning.alreadyAnswered"));
            var now = clock.GetUtcNow();
            var fase = Budrunde.Fase(matchning, candidates, bud, now);
            if (candidate.Intern && fase != BudFase.AfventerInterne) throw new ConflictException(ErrorMessages.Error("/offerId", "matchning.internalRoundOver"));
            if (!candidate.Intern && fase != BudFase.EksterneInviteret) throw new ConflictException(ErrorMessages.Error("/offerId", "matchning.externalNotInvited"));

            var answer = new MatchningBud
            {
                Id = Guid.NewGuid(), KommuneId = matchning.KommuneId, MatchningId = matchning.Id, OfferId = candidate.Offer.Id, ProviderId = candidate.Offer.ProviderId,
                Intern = candidate.Intern, Afgivet = command.Outcome == BudSvar.Bud, PrisOere = command.Outcome == BudSvar.Bud ? (long)(command.Price!.Value * 100) : null,
                Bemaerkning = string.IsNullOrWhiteSpace(command.Note) ? null : command.Note.Trim(), RegistreretAf = currentUser.Actor, RegistreretAt = now,
            };
            db.MatchningBud.Add(answer);
            // When the last internal provider declines, the external quotes are invited at once rather than at the deadline.
            if (Budrunde.Fase(matchning, candidates, [.. bud, answer], now) == BudFase.EksterneInviteret) matchning.EksterneInviteret = true;
            audit.Write(matchning.KommuneId, matchning.SagId, "matchning.bid");
            await db.SaveChangesAsync(cancellationToken);
            return await views.ViewAsync(matchning, cancellationToken);
        }
    }
}
