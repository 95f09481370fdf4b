using Mediator;
using Microsoft.EntityFrameworkCore;
using Visitation.Host.Features.Audit;
using Visitation.Host.Features.Kompetenceplaner;
using Visitation.Host.Features.Oekonomi;
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
/// The beslutning of strict BUM (domain.md § 3.2): a leader or the caseworker accepts the chosen offer within the
/// approved economic frame (kroner per year), or rejects it with a reason. An offer whose expected annual cost (its
/// first 12 months by the cost rule) exceeds the frame cannot be accepted. A rejection sends the matching back to
/// choosing; a rejected internal choice in a bid round invites the external quotes. The outcome is published to the
/// case's flow as <c>matchning-besluttet</c> in the same transaction.
/// </summary>
public static class DecideOffer
{
    public const decimal MaxFrame = 1_000_000_000m;

    public sealed record Command(Guid SagId, Guid MatchningId, BeslutningUdfald? Outcome, decimal? Frame, string? Reason) : ICommand<MatchningView>, IValidatable
    {
        public IEnumerable<ProblemError> Validate()
        {
            if (Outcome is null) yield return ErrorMessages.Error("/outcome", "field.required");
            if (Outcome == BeslutningUdfald.Accepteret) foreach (var error in ProjectCommitment.Money("/frame", Frame, MaxFrame)) yield return error;
            foreach (var error in FieldRules.Text("/reason", Reason, ChooseOffer.MaxReason, required: Outcome == BeslutningUdfald.Afvist)) yield return error;
        }
    }

    public sealed class Handler(VisitationDbContext db, CurrentUser currentUser, AuditTrail audit, MatchningViewBuilder views, SagFlow flow, UnitOfWork unitOfWork,
        TimeProvider clock) : ICommandHandler<Command, MatchningView>
    {
        public async ValueTask<MatchningView> Handle(Command command, CancellationToken cancellationToken) =>
            await unitOfWork.RunAsync(() => DecideAsync(command, cancellationToken), cancellationToken);

        private async Task<MatchningView> DecideAsync(Command command, CancellationToken cancellationToken)
        {
            var matchning = await views.FindAsync(command.SagId, command.MatchningId, cancellationToken);
            if (matchning.Status != MatchningStatus.Valgt || MatchningViewBuilder.ValgOf(matchning) is not { } valg)
                throw new ConflictException(ErrorMessages.Error("", "matchning.notChosen"));
            var accept = command.Outcome == BeslutningUdfald.Accepteret;
            var reason = string.IsNullOrWhiteSpace(command.Reason) ? null : command.Reason.Trim();
            if (accept)
            {
                var today = await PlanContext.TodayAsync(db, matchning.KommuneId, clock, cancellationToken);
                var annual = ExpectedCost.For(matchning, valg.UnitPrice, valg.Unit, today.Year).Annual;
                if (annual > command.Frame)
                    throw new UnprocessableException([ErrorMessages.Error("/frame", "matchning.overFrame", annual, command.Frame!.Value)]);
                matchning.Status = MatchningStatus.Accepteret;
                matchning.RammeOere = (long)(command.Frame!.Value * 100);
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
