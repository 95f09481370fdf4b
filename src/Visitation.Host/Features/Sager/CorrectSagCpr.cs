using Mediator;
using Microsoft.EntityFrameworkCore;
using Visitation.Host.Features.Audit;
using Visitation.Host.Infrastructure.Behaviors;
using Visitation.Host.Infrastructure.Errors;
using Visitation.Host.Infrastructure.Persistence;
using Visitation.Host.Infrastructure.Tenancy;

namespace Visitation.Host.Features.Sager;

/// <summary>
/// Corrects a case's wrong CPR number: its own action, by the case's tovholder or a leader, with a reason that goes to the
/// audit trail (sag.cpr.correct). Neither number is written to the trail or to any message.
/// </summary>
public static class CorrectSagCpr
{
    public sealed record Command(Guid Id, Cpr? Cpr, string? Reason) : ICommand<SagSummaryView>, IValidatable
    {
        public IEnumerable<ProblemError> Validate()
        {
            if (Cpr is null) yield return ErrorMessages.Error("/cpr", "field.required");
            foreach (var error in FieldRules.Text("/reason", Reason, 500)) yield return error;
        }
    }

    public sealed class Handler(VisitationDbContext db, UserNames userNames, AuditTrail audit, CurrentUser currentUser) : ICommandHandler<Command, SagSummaryView>
    {
        public async ValueTask<SagSummaryView> Handle(Command command, CancellationToken cancellationToken)
        {
            var sag = await db.Sager.SingleOrDefaultAsync(s => s.Id == command.Id, cancellationToken) ?? throw new ResourceNotFoundException("Sagen");
            if (sag.TovholderId != currentUser.UserId && !currentUser.IsInRole(Roles.Leder))
                throw new ForbiddenException(ErrorMessages.Error("", "sag.cprCorrectionNotAllowed"));
            if (sag.Cpr is null) throw new ConflictException(ErrorMessages.Error("/cpr", "sag.cprNotSet"));
            var cpr = command.Cpr!.Reveal();
            if (sag.Cpr == cpr) throw new UnprocessableException([ErrorMessages.Error("/cpr", "sag.cprUnchanged")]);
            if (await db.Sager.AnyAsync(s => s.Id != sag.Id && s.Cpr == cpr && s.Status == SagStatus.Aaben, cancellationToken))
                throw new ConflictException(ErrorMessages.Error("/cpr", "sag.duplicate"));
            sag.Cpr = cpr;
            sag.Foedselsdato = command.Cpr.DateOfBirth;
            sag.Ufoedt = false;
            audit.Write(sag.KommuneId, sag.Id, "sag.cpr.correct", command.Reason!.Trim());
            await db.SaveChangesAsync(cancellationToken);
            return SagSummaryView.From(sag, await userNames.ForAsync([sag], cancellationToken));
        }
    }
}
