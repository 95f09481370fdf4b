using Mediator;
using Microsoft.EntityFrameworkCore;
using Visitation.Host.Features.Audit;
using Visitation.Host.Features.Indstillinger;
using Visitation.Host.Features.Kompetenceplaner;
using Visitation.Host.Features.Organisation;
using Visitation.Host.Infrastructure.Behaviors;
using Visitation.Host.Infrastructure.Errors;
using Visitation.Host.Infrastructure.Persistence;
using Visitation.Host.Infrastructure.Tenancy;

namespace Visitation.Host.Features.Pligter;

/// <summary>
/// Answers a duty. An approval (<c>approve-by</c>) is approved or refused, always with a reason, by a holder of its level
/// or an absent holder's substitute; not by whoever submitted the indstilling nor by whoever is to decide it (no one
/// approves their own decision). The approver, time and reason are recorded on the duty, which the case and the decision
/// show. A refusal leaves the decider only refusing or returning the indstilling. A justification (<c>justify-to</c>) is
/// written by whoever decides: the submitter within their own competence, otherwise a holder of the deciding level.
/// </summary>
public static class AnswerDuty
{
    public enum Answer
    {
        Approve,
        Refuse,
    }

    public sealed record Decide(Guid SagId, Guid Id, Answer Answer, string? Reason) : ICommand<DutyView>, IValidatable
    {
        public IEnumerable<ProblemError> Validate() => FieldRules.Text("/reason", Reason, 4000);
    }

    public sealed record Justify(Guid SagId, Guid Id, string? Justification) : ICommand<DutyView>, IValidatable
    {
        public IEnumerable<ProblemError> Validate() => FieldRules.Text("/justification", Justification, 8000);
    }

    public sealed class Handler(VisitationDbContext db, CurrentUser currentUser, AuditTrail audit, IDutyMessageSink sink, TimeProvider clock)
        : ICommandHandler<Decide, DutyView>, ICommandHandler<Justify, DutyView>
    {
        public async ValueTask<DutyView> Handle(Decide command, CancellationToken cancellationToken)
        {
            var now = clock.GetUtcNow();
            var (duty, indstilling, user) = await LoadAsync(command.SagId, command.Id, PlanDuty.ApproveBy, cancellationToken);
            if (duty.State != DutyState.AfventerGodkendelse) throw new ConflictException(ErrorMessages.Error("", "duty.notOpen", duty.State.ToString()));
            var level = await LevelKindAsync(duty.NiveauKode, cancellationToken);
            var actingFor = await new LevelHolders(db).ActingForAsync(user, duty.NiveauKode, level, now, cancellationToken)
                            ?? throw new ForbiddenException(ErrorMessages.Error("", "duty.notHolder", duty.NiveauNavn));
            if (indstilling.IndstilletAfId == user.Id || await DecidesAsync(user, indstilling, now, cancellationToken))
                throw new ForbiddenException(ErrorMessages.Error("", "duty.selfApproval"));

            duty.State = command.Answer == Answer.Approve ? DutyState.Godkendt : DutyState.Afvist;
            duty.BesvaretAf = actingFor.Length > 0 ? $"{user.UserName} (stedfortræder for {actingFor})" : user.UserName;
            duty.BesvaretAt = now;
            duty.Aarsag = command.Reason!.Trim();
            audit.Write(duty.KommuneId, duty.SagId, command.Answer == Answer.Approve ? "pligt.approve" : "pligt.refuse");
            await db.SaveChangesAsync(cancellationToken);
            return DutyView.From(duty);
        }

        public async ValueTask<DutyView> Handle(Justify command, CancellationToken cancellationToken)
        {
            var now = clock.GetUtcNow();
            var (duty, indstilling, user) = await LoadAsync(command.SagId, command.Id, PlanDuty.JustifyTo, cancellationToken);
            if (duty.State != DutyState.AfventerBegrundelse) throw new ConflictException(ErrorMessages.Error("", "duty.notOpen", duty.State.ToString()));
            if (!await DecidesAsync(user, indstilling, now, cancellationToken)) throw new ForbiddenException(ErrorMessages.Error("", "duty.notDecider"));

            duty.Begrundelse = command.Justification!.Trim();
            duty.BesvaretAf = user.UserName;
            duty.BesvaretAt = now;
            var sagsnummer = await db.Sager.AsNoTracking().Where(s => s.Id == duty.SagId).Select(s => s.Sagsnummer).SingleAsync(cancellationToken);
            await sink.AcceptAsync(db, duty, DutyMessages.Justified(duty, sagsnummer), cancellationToken);
            duty.State = DutyState.AfventerLevering;
            audit.Write(duty.KommuneId, duty.SagId, "pligt.justify");
            await db.SaveChangesAsync(cancellationToken);
            return DutyView.From(duty);
        }

        private async Task<(DecisionDuty Duty, Indstilling Indstilling, Users.User User)> LoadAsync(Guid sagId, Guid id, string kind, CancellationToken cancellationToken)
        {
            var duty = await db.Pligter.SingleOrDefaultAsync(d => d.Id == id && d.SagId == sagId, cancellationToken) ?? throw new ResourceNotFoundException("Pligten");
            if (duty.Kind != kind) throw new ConflictException(ErrorMessages.Error("", "duty.notOpen", duty.Kind));
            var indstilling = await db.Indstillinger.AsNoTracking().SingleAsync(i => i.Id == duty.IndstillingId, cancellationToken);
            var user = await db.Users.AsNoTracking().SingleAsync(u => u.Id == currentUser.UserId, cancellationToken);
            return (duty, indstilling, user);
        }

        private async Task<LevelKind> LevelKindAsync(string code, CancellationToken cancellationToken) =>
            await db.Kompetenceniveauer.AsNoTracking().Where(l => l.Code == code).Select(l => (LevelKind?)l.Kind).SingleOrDefaultAsync(cancellationToken) ?? LevelKind.Level;

        /// <summary>Whether the user is (one of) those who decide the indstilling: the submitter in their own competence, else a holder of the level or a substitute.</summary>
        private async Task<bool> DecidesAsync(Users.User user, Indstilling indstilling, DateTimeOffset now, CancellationToken cancellationToken)
        {
            if (indstilling.EgenKompetence) return indstilling.IndstilletAfId == user.Id;
            if (indstilling.NiveauKode is not { } code || indstilling.NiveauType is not { } type) return false;
            var kind = Enum.Parse<LevelKind>(type, ignoreCase: true);
            if (kind == LevelKind.Forum) return false;
            return await new LevelHolders(db).ActingForAsync(user, code, kind, now, cancellationToken) is not null;
        }
    }
}
