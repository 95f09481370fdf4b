using Mediator;
using Microsoft.EntityFrameworkCore;
using Visitation.Host.Features.Audit;
using Visitation.Host.Infrastructure.Behaviors;
using Visitation.Host.Infrastructure.Errors;
using Visitation.Host.Infrastructure.Persistence;

namespace Visitation.Host.Features.Sager;

/// <summary>
/// A child registered without a CPR number gets it later (after birth or registration); the date of birth follows it. A case that
/// has a number keeps it: a wrong one is changed by <see cref="CorrectSagCpr"/>.
/// </summary>
public static class SetSagCpr
{
    public sealed record Command(Guid Id, Cpr? Cpr) : ICommand<SagSummaryView>, IValidatable
    {
        public IEnumerable<ProblemError> Validate()
        {
            if (Cpr is null) yield return ErrorMessages.Error("/cpr", "field.required");
        }
    }

    public sealed class Handler(VisitationDbContext db, UserNames userNames, AuditTrail audit) : ICommandHandler<Command, SagSummaryView>
    {
        public async ValueTask<SagSummaryView> Handle(Command command, CancellationToken cancellationToken)
        {
            var sag = await db.Sager.SingleOrDefaultAsync(s => s.Id == command.Id, cancellationToken) ?? throw new ResourceNotFoundException("Sagen");
            var cpr = command.Cpr!.Reveal();
            if (sag.Cpr == cpr) return SagSummaryView.From(sag, await userNames.ForAsync([sag], cancellationToken));
            // A number once set is corrected only through the correction, with its reason in the audit trail.
            if (sag.Cpr is not null) throw new ConflictException(ErrorMessages.Error("/cpr", "sag.cprAlreadySet"));
            if (await db.Sager.AnyAsync(s => s.Id != sag.Id && s.Cpr == cpr && s.Status == SagStatus.Aaben, cancellationToken))
                throw new ConflictException(ErrorMessages.Error("/cpr", "sag.duplicate"));
            sag.Cpr = cpr;
            sag.Foedselsdato = command.Cpr.DateOfBirth;
            sag.Ufoedt = false;
            audit.Write(sag.KommuneId, sag.Id, "sag.setCpr");
            return SagSummaryView.From(sag, await userNames.ForAsync([sag], cancellationToken));
        }
    }
}
