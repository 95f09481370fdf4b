using Mediator;
using Microsoft.EntityFrameworkCore;
using Visitation.Host.Features.Audit;
using Visitation.Host.Features.Kompetenceplaner;
using Visitation.Host.Features.Sager;
using Visitation.Host.Infrastructure.Behaviors;
using Visitation.Host.Infrastructure.Errors;
using Visitation.Host.Infrastructure.Persistence;
using Visitation.Host.Infrastructure.Tenancy;
using Visitation.Host.Infrastructure.Workflows;

namespace Visitation.Host.Features.Matchning;

public enum BeslutningUdfald
{
    Accepteret,
    Afvist,
}

/// <summary>
/// The beslutning of strict BUM (docs/domain.md § 3.2): a leader or the caseworker accepts the chosen offer within the
/// approved economic frame, or rejects it with a reason. The frame is the grant's (<see cref="BevilgetRamme"/>), never
/// typed in; an offer whose expected annual cost (its first 12 months by the cost rule) exceeds it cannot be accepted,
/// and the refusal says by how much. A rejection sends the matching back to choosing; a rejected internal choice in a
/// bid round invites the external quotes. The outcome is published to the case's flow as <c>matchning-besluttet</c> in
/// the same transaction.
/// </summary>
public static class DecideOffer
{
    public sealed record Command(Guid SagId, Guid MatchningId, BeslutningUdfald? Outcome, string? Reason) : ICommand<MatchningView>, IValidatable
    {
        public IEnumerable<ProblemError> Validate()
        {
            if (Outcome is null) yield return ErrorMessages.Error("/outcome", "field.required");
            foreach (var error in FieldRules.Text("/reason", Reason, ChooseOffer.MaxReason, required: Outcome == BeslutningUdfald.Afvist)) yield return error;
        }
    }

    public sealed class Handler(VisitationDbContext db, CurrentUser currentUser, AuditTrail audit, MatchningViewBuilder views, SagFlow flow,
        TimeProvider clock) : ICommandHandler<Command, MatchningView>
    {
        public async ValueTask<MatchningView> Handle(Command command, CancellationToken cancellationToken) =>
            await DecideAsync(command, cancellationToken);

        private async Task<MatchningView> DecideAsync(Command command, CancellationToken cancellationToken)
        {
            var matchning = await views.FindAsync(command.SagId, command.MatchningId, cancellationToken);
            if (matchning.Status != MatchningStatus.Valgt || MatchningViewBuilder.ValgOf(matchning) is not { } valg)
                throw new ConflictException(ErrorMessages.Error("", "matchning.notChosen"));
            var accept = command.Outcome == BeslutningUdfald.Accepteret;
            var reason = string.IsNullOrWhiteSpace(command.Reason) ? null : command.Reason.Trim();
            if (accept)
            {
                var ramme = await BevilgetRamme.ForAsync(db, matchning, cancellationToken)
                            ?? throw new ConflictException(ErrorMessages.Error("/outcome", "matchning.noFrame"));
                var annual = ExpectedCost.AnnualWithin(matchning, valg.UnitPrice, valg.Unit, ramme.Start, ramme.Slut);
                if (annual > ramme.PrAar)
                    throw new UnprocessableException([ErrorMessages.Error("/outcome", "matchning.overFrame", annual, ramme.PrAar, annual - ramme.PrAar)]);
                matchning.Status = MatchningStatus.Accepteret;
                matchning.BevillingId = ramme.BevillingId;
                matchning.RammeOere = (long)decimal.Round(ramme.PrAar * 100m);
            }
            else
            {
                if (matchning.Budrunde && matchning.Intern) matchning.EksterneInviteret = true;
                matchning.ClearChoice();
                matchning.AfvistBegrundelse = reason;
            }
            matchning.BesluttetAf = currentUser.Actor;
            matchning.BesluttetAt = clock.GetUtcNow();
            audit.Write(matchning.KommuneId, matchning.SagId, "matchning.decide");
            await db.SaveChangesAsync(cancellationToken);

            var sag = await db.Sager.SingleAsync(s => s.Id == matchning.SagId, cancellationToken);
            await flow.SignalAsync(sag, MatchningEvents.Besluttet, MatchningEvents.BesluttetPayload(matchning.Id, accept, reason), cancellationToken);
            return await views.ViewAsync(matchning, cancellationToken);
        }
    }
}
