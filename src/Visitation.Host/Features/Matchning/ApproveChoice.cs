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

public enum GodkendelseUdfald
{
    Godkendt,
    Afvist,
}

/// <summary>
/// The competent level's answer to a choice outside the decided competence (<see cref="KompetenceAfvigelse"/>): a holder of the level the
/// plan named (or the substitute of an absent holder), or for a forum its chair or a member, approves it, and only then is the choice
/// published to the case's flow, which grants and orders it; or refuses it with a reason, which sends the matching back to choosing.
/// Anyone else is 403 <c>matchning.notApprover</c>.
/// </summary>
public static class ApproveChoice
{
    public sealed record Command(Guid SagId, Guid MatchningId, GodkendelseUdfald? Outcome, string? Reason) : ICommand<MatchningView>, IValidatable
    {
        public IEnumerable<ProblemError> Validate()
        {
            if (Outcome is null) yield return ErrorMessages.Error("/outcome", "field.required");
            foreach (var error in FieldRules.Text("/reason", Reason, ChooseOffer.MaxReason, required: Outcome == GodkendelseUdfald.Afvist)) yield return error;
        }
    }

    public sealed class Handler(VisitationDbContext db, CurrentUser currentUser, AuditTrail audit, MatchningViewBuilder views, LevelHolders holders, SagFlow flow, TimeProvider clock) : ICommandHandler<Command, MatchningView>
    {
        public async ValueTask<MatchningView> Handle(Command command, CancellationToken cancellationToken) =>
            await ApproveAsync(command, cancellationToken);

        private async Task<MatchningView> ApproveAsync(Command command, CancellationToken cancellationToken)
        {
            var matchning = await views.FindAsync(command.SagId, command.MatchningId, cancellationToken);
            if (matchning.Status != MatchningStatus.AfventerGodkendelse) throw new ConflictException(ErrorMessages.Error("", "matchning.notAwaitingApproval"));
            if (!await MayApproveAsync(matchning, cancellationToken)) throw new ForbiddenException(ErrorMessages.Error("", "matchning.notApprover", matchning.GodkendelseNiveauNavn!));

            if (command.Outcome == GodkendelseUdfald.Afvist)
            {
                matchning.ClearChoice();
                matchning.AfvistBegrundelse = command.Reason!.Trim();
                audit.Write(matchning.KommuneId, matchning.SagId, "matchning.approve");
                await db.SaveChangesAsync(cancellationToken);
                return await views.ViewAsync(matchning, cancellationToken);
            }
            matchning.Status = MatchningStatus.Valgt;
            matchning.GodkendtAf = currentUser.Actor;
            matchning.GodkendtAt = clock.GetUtcNow();
            audit.Write(matchning.KommuneId, matchning.SagId, "matchning.approve");
            await db.SaveChangesAsync(cancellationToken);

            var sag = await db.Sager.SingleAsync(s => s.Id == matchning.SagId, cancellationToken);
            matchning.ValgModtagetAfForloeb = await flow.SignalAsync(sag, MatchningEvents.Valgt,
                MatchningEvents.ValgtPayload(matchning.IndstillingId, MatchningViewBuilder.ValgOf(matchning)!), cancellationToken);
            return await views.ViewAsync(matchning, cancellationToken);
        }

        private async Task<bool> MayApproveAsync(Matchning matchning, CancellationToken cancellationToken)
        {
            var user = await db.Users.AsNoTracking().SingleAsync(u => u.Id == currentUser.UserId, cancellationToken);
            var code = matchning.GodkendelseNiveauKode!;
            if (matchning.GodkendelseNiveauType == LevelKindNames.Of(LevelKind.Forum))
                return await db.Forums.AsNoTracking().AnyAsync(f => f.LevelCode == code && (f.ChairId == user.Id || f.MemberIds.Contains(user.Id)), cancellationToken);
            var kind = Enum.Parse<LevelKind>(matchning.GodkendelseNiveauType!, ignoreCase: true);
            return await holders.ActingForAsync(user, code, kind, clock.GetUtcNow(), cancellationToken) is not null;
        }
    }
}
