using Mediator;
using Microsoft.EntityFrameworkCore;
using Visitation.Host.Features.Audit;
using Visitation.Host.Features.Kompetenceplaner;
using Visitation.Host.Features.Oekonomi;
using Visitation.Host.Infrastructure.Behaviors;
using Visitation.Host.Infrastructure.Errors;
using Visitation.Host.Infrastructure.Persistence;
using Visitation.Host.Infrastructure.Tenancy;

namespace Visitation.Host.Features.Bevillinger;

/// <summary>
/// One grant with its commitment line month by month by the cost rule. An open-ended line is projected to
/// <c>horizon</c>, by default the end of next calendar year in the municipality's time zone; an ended line stops at its end date.
/// </summary>
public static class GetBevilling
{
    public sealed record Query(Guid SagId, Guid Id, DateOnly? Horizon) : IQuery<BevillingDetailView>;

    public sealed class Handler(VisitationDbContext db, AuditTrail audit, CurrentUser currentUser, TimeProvider clock) : IQueryHandler<Query, BevillingDetailView>
    {
        public async ValueTask<BevillingDetailView> Handle(Query query, CancellationToken cancellationToken)
        {
            var bevilling = await db.Bevillinger.AsNoTracking().SingleOrDefaultAsync(b => b.Id == query.Id && b.SagId == query.SagId, cancellationToken)
                            ?? throw new ResourceNotFoundException("Bevillingen");
            var horizon = query.Horizon;
            if (bevilling.Slut is null && horizon is null)
            {
                var today = await PlanContext.TodayAsync(db, currentUser.RequireKommuneId(), clock, cancellationToken);
                horizon = new DateOnly(today.Year + 1, 12, 31);
            }
            if (bevilling.Slut is null && horizon is { } last)
            {
                if (last < bevilling.Start) throw new RequestValidationException(ErrorMessages.Error("/horizon", "projection.endBeforeStart"));
                if (last > bevilling.Start.AddYears(ProjectCommitment.MaxYears))
                    throw new RequestValidationException(ErrorMessages.Error("/horizon", "projection.tooLong", ProjectCommitment.MaxYears));
            }
            await audit.ReadAsync(bevilling.KommuneId, [bevilling.SagId], "bevilling.read", cancellationToken);
            return new BevillingDetailView(BevillingView.From(bevilling), CommitmentProjection.Project(bevilling.Line, horizon));
        }
    }
}
