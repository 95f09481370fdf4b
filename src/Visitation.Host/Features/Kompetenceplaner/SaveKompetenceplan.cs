using Mediator;
using Microsoft.EntityFrameworkCore;
using Visitation.Host.Infrastructure.Behaviors;
using Visitation.Host.Infrastructure.Errors;
using Visitation.Host.Infrastructure.Persistence;
using Visitation.Host.Infrastructure.Tenancy;

namespace Visitation.Host.Features.Kompetenceplaner;

/// <summary>
/// A process designer or administrator saves the plan as the next version. A plan whose fields are wrong is refused
/// with 400, a plan that leaves a type without a default row, leaves a gap or overlaps under UNIQUE with 422.
/// </summary>
public static class SaveKompetenceplan
{
    public sealed record Command(PlanDocument Plan) : ICommand<PlanVersionView>, IValidatable
    {
        public IEnumerable<ProblemError> Validate() => PlanValidator.Validate(Plan);
    }

    public sealed class Handler(VisitationDbContext db, CurrentUser currentUser, TimeProvider clock) : ICommandHandler<Command, PlanVersionView>
    {
        public async ValueTask<PlanVersionView> Handle(Command command, CancellationToken cancellationToken)
        {
            var kommuneId = currentUser.RequireKommuneId();
            var plan = await Store.AddVersionAsync(db, kommuneId, command.Plan, currentUser.Actor, clock.GetUtcNow(), cancellationToken);
            var today = await PlanContext.TodayAsync(db, kommuneId, clock, cancellationToken);
            var current = await PlanContext.InForceAsync(db, kommuneId, today, cancellationToken);
            return PlanVersionView.From(plan, current?.Version == plan.Version);
        }
    }

    /// <summary>Checks a valid plan against the municipality's levels and teams and stores it as the next version; also used by the demo seed.</summary>
    public static class Store
    {
        public static async Task<Kompetenceplan> AddVersionAsync(VisitationDbContext db, Guid kommuneId, PlanDocument document, string savedBy,
            DateTimeOffset now, CancellationToken cancellationToken)
        {
            await PlanContext.EnsureStatutoryLevelAsync(db, kommuneId, cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
            // Cross-caller: seeding a municipality saves its plan without a caller; the municipality is named.
            var levels = (await db.Kompetenceniveauer.AsNoTracking().IgnoreQueryFilters().Where(l => l.KommuneId == kommuneId).Select(l => l.Code).ToListAsync(cancellationToken)).ToHashSet();
            // Cross-caller: seeding a municipality saves its plan without a caller; the municipality is named.
            var teams = (await db.Teams.AsNoTracking().IgnoreQueryFilters().Where(t => t.KommuneId == kommuneId).Select(t => t.Code).ToListAsync(cancellationToken)).ToHashSet();
            var errors = PlanCoverage.Check(document, levels, teams).ToList();
            if (errors.Count > 0) throw new UnprocessableException(errors);

            // Cross-caller: seeding a municipality saves its plan without a caller; the municipality is named.
            var last = await db.Kompetenceplaner.IgnoreQueryFilters().Where(p => p.KommuneId == kommuneId).MaxAsync(p => (int?)p.Version, cancellationToken) ?? 0;
            var plan = new Kompetenceplan
            {
                Id = Guid.NewGuid(),
                KommuneId = kommuneId,
                Version = last + 1,
                EffectiveFrom = document.EffectiveFrom!.Value,
                SavedAt = now,
                SavedBy = savedBy,
                Document = PlanStorage.Write(document),
            };
            db.Kompetenceplaner.Add(plan);
            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateException)
            {
                throw new ConflictException(ErrorMessages.Error("", "kompetenceplan.concurrentSave"));
            }
            return plan;
        }
    }
}
