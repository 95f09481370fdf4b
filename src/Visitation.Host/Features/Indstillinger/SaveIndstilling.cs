using Mediator;
using Microsoft.EntityFrameworkCore;
using Visitation.Host.Features.Audit;
using Visitation.Host.Features.Kompetenceplaner;
using Visitation.Host.Infrastructure.Behaviors;
using Visitation.Host.Infrastructure.Errors;
using Visitation.Host.Infrastructure.Persistence;
using Visitation.Host.Infrastructure.Tenancy;

namespace Visitation.Host.Features.Indstillinger;

/// <summary>
/// The caseworker drafts an indstilling (<see cref="Create"/>) or revises a draft or a returned one
/// (<see cref="Update"/>); the expected cost this year and in total is computed by the cost rule.
/// </summary>
public static class SaveIndstilling
{
    public sealed record Create(Guid SagId, IndstillingInput Input) : ICommand<IndstillingView>, IValidatable
    {
        public IEnumerable<ProblemError> Validate() => Input.Validate();
    }

    public sealed record Update(Guid SagId, Guid Id, IndstillingInput Input) : ICommand<IndstillingView>, IValidatable
    {
        public IEnumerable<ProblemError> Validate() => Input.Validate();
    }

    public sealed class Handler(VisitationDbContext db, CurrentUser currentUser, AuditTrail audit, TimeProvider clock)
        : ICommandHandler<Create, IndstillingView>, ICommandHandler<Update, IndstillingView>
    {
        public async ValueTask<IndstillingView> Handle(Create command, CancellationToken cancellationToken)
        {
            var sag = await db.Sager.SingleOrDefaultAsync(s => s.Id == command.SagId, cancellationToken) ?? throw new ResourceNotFoundException("Sagen");
            var indstilling = new Indstilling
            {
                Id = Guid.NewGuid(), KommuneId = sag.KommuneId, SagId = sag.Id, Behov = "", IndsatsType = "", Lovgrundlag = "", Enhed = "", MaalJson = "[]",
                Opfoelgning = "", PorteJson = "{}", IndstilletAf = currentUser.Actor, IndstilletAfId = currentUser.UserId!.Value, OprettetAt = clock.GetUtcNow(),
            };
            await ApplyAsync(indstilling, command.Input, cancellationToken);
            db.Indstillinger.Add(indstilling);
            audit.Write(sag.KommuneId, sag.Id, "indstilling.create");
            await db.SaveChangesAsync(cancellationToken);
            return IndstillingView.From(indstilling);
        }

        public async ValueTask<IndstillingView> Handle(Update command, CancellationToken cancellationToken)
        {
            var indstilling = await db.Indstillinger.SingleOrDefaultAsync(i => i.Id == command.Id && i.SagId == command.SagId, cancellationToken)
                              ?? throw new ResourceNotFoundException("Indstillingen");
            if (indstilling.Status is not (IndstillingStatus.Kladde or IndstillingStatus.Tilbagesendt))
                throw new ConflictException(ErrorMessages.Error("", "indstilling.notEditable"));
            await ApplyAsync(indstilling, command.Input, cancellationToken);
            audit.Write(indstilling.KommuneId, indstilling.SagId, "indstilling.update");
            await db.SaveChangesAsync(cancellationToken);
            return IndstillingView.From(indstilling);
        }

        private async Task ApplyAsync(Indstilling indstilling, IndstillingInput input, CancellationToken cancellationToken)
        {
            var thisYear = (await PlanContext.TodayAsync(db, indstilling.KommuneId, clock, cancellationToken)).Year;
            var (costThisYear, costTotal) = input.Costs(thisYear);
            indstilling.Behov = input.Needs!.Trim();
            indstilling.IndsatsType = input.Measure!.Type!;
            indstilling.IndsatsUndertype = input.Measure.Subtype?.Trim();
            indstilling.Lovgrundlag = input.Measure.LegalBasis!.Trim();
            indstilling.Leverandoer = input.Measure.Provider?.Trim();
            indstilling.LeverandoerType = input.Measure.ProviderKind;
            indstilling.LeverandoerFinansiering = input.Measure.ProviderFinancing;
            indstilling.Omfang = input.Scope!.Quantity!.Value;
            indstilling.Enhed = input.Scope.Unit!;
            indstilling.EnhedsprisOere = (long)(input.Scope.UnitPrice!.Value * 100);
            indstilling.Start = input.Start!.Value;
            indstilling.ForventetSlut = input.ExpectedEnd;
            indstilling.UdgiftIAarOere = (long)(costThisYear * 100);
            indstilling.UdgiftIAltOere = (long)(costTotal * 100);
            indstilling.MaalJson = input.GoalsJson();
            indstilling.Opfoelgning = input.FollowUpCadence!;
            indstilling.Alternativer = input.Alternatives?.Trim();
            indstilling.Samtykke = input.Consent;
            indstilling.PorteJson = input.GatesJson();
        }
    }
}
