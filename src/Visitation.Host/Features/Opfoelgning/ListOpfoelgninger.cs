using Mediator;
using Microsoft.EntityFrameworkCore;
using Visitation.Host.Features.Audit;
using Visitation.Host.Infrastructure.Errors;
using Visitation.Host.Infrastructure.Persistence;

namespace Visitation.Host.Features.Opfoelgning;

/// <summary>A case's follow-ups: when the next is due and by which rule, and the outcomes recorded so far.</summary>
public static class ListOpfoelgninger
{
    public sealed record Query(Guid SagId) : IQuery<OpfoelgningerView>;

    public sealed class Handler(VisitationDbContext db, AuditTrail audit, TimeProvider clock) : IQueryHandler<Query, OpfoelgningerView>
    {
        public async ValueTask<OpfoelgningerView> Handle(Query query, CancellationToken cancellationToken)
        {
            var sag = await db.Sager.AsNoTracking().SingleOrDefaultAsync(s => s.Id == query.SagId, cancellationToken) ?? throw new ResourceNotFoundException("Sagen");
            var plans = await db.OpfoelgningPlaner.AsNoTracking().Where(p => p.SagId == sag.Id).ToListAsync(cancellationToken);
            var done = await db.Opfoelgninger.AsNoTracking().Where(o => o.SagId == sag.Id).ToListAsync(cancellationToken);
            var key = sag.Id.ToString();
            var own = await db.KadenceRegler.AsNoTracking().SingleOrDefaultAsync(r => r.Omfang == KadenceOmfang.Sag && r.Noegle == key, cancellationToken);
            await audit.ReadAsync(sag.KommuneId, [sag.Id], "opfoelgning.read", cancellationToken);
            var now = clock.GetUtcNow();
            var planned = plans.OrderBy(p => p.NaesteFrist).Select(p => PlanlagtOpfoelgningView.From(p, now)).ToList();
            return new(planned.FirstOrDefault()?.NaesteFrist, planned,
                [.. done.OrderByDescending(o => o.RegistreretAt).ThenByDescending(o => o.Nummer).Select(OpfoelgningView.From)],
                own is null ? null : KadenceRegelView.From(own));
        }
    }
}
