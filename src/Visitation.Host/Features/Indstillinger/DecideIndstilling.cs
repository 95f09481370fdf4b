using Mediator;
using Microsoft.EntityFrameworkCore;
using Visitation.Host.Features.Audit;
using Visitation.Host.Features.Organisation;
using Visitation.Host.Infrastructure.Behaviors;
using Visitation.Host.Infrastructure.Errors;
using Visitation.Host.Infrastructure.Persistence;
using Visitation.Host.Infrastructure.Tenancy;

namespace Visitation.Host.Features.Indstillinger;

/// <summary>
/// A holder of the routed level (or the substitute of an absent holder; the submitter when it is within their
/// own competence) decides: bevilget, bevilget med ændring (what changed and why), afslået (why) or
/// tilbagesendt (what to investigate; the caseworker revises and submits again). The decision stores the plan
/// version and rule that routed it. A forum's indstilling waits for its meeting and cannot be decided here.
/// </summary>
public static class DecideIndstilling
{
    public sealed record Command(Guid SagId, Guid Id, AfgoerelseUdfald? Outcome, string? Rationale, string? Change, decimal? ChangedQuantity, string? Investigate)
        : ICommand<DecisionView>, IValidatable
    {
        public IEnumerable<ProblemError> Validate()
        {
            if (Outcome is null) yield return ErrorMessages.Error("/outcome", "field.required");
            foreach (var error in FieldRules.Text("/rationale", Rationale, 8000)) yield return error;
            if (Outcome == AfgoerelseUdfald.BevilgetMedAendring)
                foreach (var error in FieldRules.Text("/change", Change, 4000)) yield return error;
            if (Outcome == AfgoerelseUdfald.Tilbagesendt)
                foreach (var error in FieldRules.Text("/investigate", Investigate, 4000)) yield return error;
            if (ChangedQuantity is < 0) yield return ErrorMessages.Error("/changedQuantity", "field.outOfRange", 0, "∞");
        }
    }

    public sealed class Handler(VisitationDbContext db, CurrentUser currentUser, LevelHolders holders, AuditTrail audit, TimeProvider clock)
        : ICommandHandler<Command, DecisionView>
    {
        public async ValueTask<DecisionView> Handle(Command command, CancellationToken cancellationToken)
        {
            var indstilling = await db.Indstillinger.SingleOrDefaultAsync(i => i.Id == command.Id && i.SagId == command.SagId, cancellationToken)
                              ?? throw new ResourceNotFoundException("Indstillingen");
            if (indstilling.Status == IndstillingStatus.ParkeretTilMoede) throw new ConflictException(ErrorMessages.Error("", "indstilling.awaitsMeeting"));
            if (indstilling.Status != IndstillingStatus.AfventerAfgoerelse) throw new ConflictException(ErrorMessages.Error("", "indstilling.notAwaitingDecision"));
            var caller = await db.Users.AsNoTracking().SingleAsync(u => u.Id == currentUser.UserId, cancellationToken);
            var kind = Enum.Parse<LevelKind>(indstilling.NiveauType!, ignoreCase: true);
            var now = clock.GetUtcNow();
            var actingFor = await holders.ActingForAsync(caller, indstilling.NiveauKode!, kind, now, cancellationToken);
            if (actingFor is null) throw new ConflictException(ErrorMessages.Error("", "indstilling.notYourLevel", indstilling.NiveauNavn!));

            var afgoerelse = new Afgoerelse
            {
                Id = Guid.NewGuid(),
                KommuneId = indstilling.KommuneId,
                SagId = indstilling.SagId,
                IndstillingId = indstilling.Id,
                Udfald = command.Outcome!.Value,
                Begrundelse = command.Rationale!.Trim(),
                Aendring = command.Outcome == AfgoerelseUdfald.BevilgetMedAendring ? command.Change?.Trim() : null,
                AendretOmfang = command.Outcome == AfgoerelseUdfald.BevilgetMedAendring ? command.ChangedQuantity : null,
                Undersoeg = command.Outcome == AfgoerelseUdfald.Tilbagesendt ? command.Investigate?.Trim() : null,
                NiveauKode = indstilling.NiveauKode!,
                NiveauNavn = indstilling.NiveauNavn!,
                RegelId = indstilling.RegelId!,
                PlanVersion = indstilling.PlanVersion!.Value,
                AfgjortAf = caller.UserName,
                StedfortraederFor = actingFor == "" ? null : actingFor,
                AfgjortAt = now,
            };
            db.Afgoerelser.Add(afgoerelse);
            indstilling.Status = command.Outcome == AfgoerelseUdfald.Tilbagesendt ? IndstillingStatus.Tilbagesendt : IndstillingStatus.Afgjort;
            indstilling.TilbagesendtFor = afgoerelse.Undersoeg;
            audit.Write(indstilling.KommuneId, indstilling.SagId, "afgoerelse.decide");
            await db.SaveChangesAsync(cancellationToken);
            return DecisionView.From(afgoerelse);
        }
    }
}
