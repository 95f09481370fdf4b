using Mediator;
using Microsoft.EntityFrameworkCore;
using Visitation.Host.Features.Audit;
using Visitation.Host.Features.Frister;
using Visitation.Host.Features.Kompetenceplaner;
using Visitation.Host.Features.Oekonomi;
using Visitation.Host.Infrastructure.Behaviors;
using Visitation.Host.Infrastructure.Errors;
using Visitation.Host.Infrastructure.Persistence;
using Visitation.Host.Infrastructure.Tenancy;

namespace Visitation.Host.Features.Matchning;

/// <summary>
/// Records the assessed need of an indstilling's matching: the need in words, the measure type, target group, legal
/// basis and scope (the last three default to the indstilling's; the scope to the one a decision changed it to). The matching the case's flow opened is completed;
/// without one, a new matching starts. With a bid round the internal providers' deadline starts now and ends with the
/// last of the municipality's bid deadline in working days (as the legal deadlines count them, <see cref="DanishCalendar"/>).
/// An indstilling has at most one matching that is not yet accepted.
/// </summary>
public static class RecordNeed
{
    public const decimal MaxQuantity = 100_000m;

    public sealed record Command(Guid SagId, Guid? IndstillingId, string? Need, string? MeasureType, string? TargetGroup, string? LegalBasis, decimal? Quantity,
        string? Unit, bool BidRound) : ICommand<MatchningView>, IValidatable
    {
        public IEnumerable<ProblemError> Validate()
        {
            if (IndstillingId is null) yield return ErrorMessages.Error("/indstillingId", "field.required");
            foreach (var error in FieldRules.Text("/need", Need, 4000)) yield return error;
            if (MeasureType is not null) foreach (var error in FieldRules.OneOf("/measureType", MeasureType, MeasureCatalogue.MeasureTypes)) yield return error;
            foreach (var error in FieldRules.Text("/targetGroup", TargetGroup, 200, required: false)) yield return error;
            foreach (var error in FieldRules.Text("/legalBasis", LegalBasis, 100, required: false)) yield return error;
            if (Quantity is <= 0 or > MaxQuantity) yield return ErrorMessages.Error("/quantity", "field.outOfRange", 0, MaxQuantity);
            if (Unit is not null) foreach (var error in FieldRules.OneOf("/unit", Unit, CostRule.Units)) yield return error;
        }
    }

    public sealed class Handler(VisitationDbContext db, CurrentUser currentUser, AuditTrail audit, MatchningViewBuilder views, DanishCalendar calendar, TimeProvider clock)
        : ICommandHandler<Command, MatchningView>
    {
        public async ValueTask<MatchningView> Handle(Command command, CancellationToken cancellationToken)
        {
            if (!await db.Sager.AnyAsync(s => s.Id == command.SagId, cancellationToken)) throw new ResourceNotFoundException("Sagen");
            var indstilling = await db.Indstillinger.AsNoTracking().SingleOrDefaultAsync(i => i.Id == command.IndstillingId && i.SagId == command.SagId, cancellationToken)
                              ?? throw new ResourceNotFoundException("Indstillingen");
            var current = await db.Matchninger.Where(m => m.IndstillingId == indstilling.Id && m.Status != MatchningStatus.Accepteret).ToListAsync(cancellationToken);
            if (current.Any(m => m.Status != MatchningStatus.AfventerBehov)) throw new ConflictException(ErrorMessages.Error("", "matchning.alreadyOpen"));

            var now = clock.GetUtcNow();
            var matchning = current.SingleOrDefault();
            if (matchning is null)
            {
                matchning = new Matchning
                {
                    Id = Guid.NewGuid(), KommuneId = indstilling.KommuneId, SagId = indstilling.SagId, IndstillingId = indstilling.Id, IndsatsType = "", Lovgrundlag = "",
                    Enhed = "", OprettetAf = currentUser.Actor, OprettetAt = now,
                };
                db.Matchninger.Add(matchning);
            }
            matchning.Status = MatchningStatus.Aaben;
            matchning.Behov = command.Need!.Trim();
            matchning.IndsatsType = command.MeasureType ?? indstilling.IndsatsType;
            matchning.Maalgruppe = string.IsNullOrWhiteSpace(command.TargetGroup) ? null : command.TargetGroup.Trim();
            matchning.Lovgrundlag = string.IsNullOrWhiteSpace(command.LegalBasis) ? indstilling.Lovgrundlag : command.LegalBasis.Trim();
            matchning.Omfang = command.Quantity ?? await BesluttetOmfang.ForAsync(db, indstilling, cancellationToken);
            matchning.Enhed = command.Unit ?? indstilling.Enhed;
            matchning.Start = indstilling.Start;
            matchning.Slut = indstilling.ForventetSlut;
            matchning.Budrunde |= command.BidRound;
            if (matchning.Budrunde)
            {
                var days = await db.MatchningSettings.Where(s => s.KommuneId == matchning.KommuneId).Select(s => (int?)s.BudfristHverdage).SingleOrDefaultAsync(cancellationToken)
                           ?? MatchningSettings.DefaultBudfristHverdage;
                var zone = await db.Kommuner.AsNoTracking().Where(k => k.Id == matchning.KommuneId).Select(k => k.TimeZone).SingleAsync(cancellationToken);
                matchning.BudFrist = calendar.EndOfWorkingDaysAfter(now, days, TimeZoneInfo.FindSystemTimeZoneById(zone)).ToUniversalTime();
            }
            audit.Write(matchning.KommuneId, matchning.SagId, "matchning.need");
            await db.SaveChangesAsync(cancellationToken);
            return await views.ViewAsync(matchning, cancellationToken);
        }
    }
}
