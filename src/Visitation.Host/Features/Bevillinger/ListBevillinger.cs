using Mediator;
using Microsoft.EntityFrameworkCore;
using Visitation.Host.Features.Audit;
using Visitation.Host.Infrastructure.Errors;
using Visitation.Host.Infrastructure.Persistence;

namespace Visitation.Host.Features.Bevillinger;

/// <summary>A case's grants, oldest first; reading them is audited.</summary>
public static class ListBevillinger
{
    public sealed record Query(Guid SagId) : IQuery<IReadOnlyList<BevillingView>>;

    public sealed class Handler(VisitationDbContext db, AuditTrail audit) : IQueryHandler<Query, IReadOnlyList<BevillingView>>
    {
        public async ValueTask<IReadOnlyList<BevillingView>> Handle(Query query, CancellationToken cancellationToken)
        {
            var sag = await db.Sager.AsNoTracking().Where(s => s.Id == query.SagId).Select(s => new { s.Id, s.KommuneId }).SingleOrDefaultAsync(cancellationToken)
                      ?? throw new ResourceNotFoundException("Sagen");
            var grants = await db.Bevillinger.AsNoTracking().Where(b => b.SagId == sag.Id).ToListAsync(cancellationToken);
            await audit.ReadAsync(sag.KommuneId, [sag.Id], "bevilling.read", cancellationToken);
            return [.. grants.OrderBy(b => b.BevilgetAt).ThenBy(b => b.Id).Select(BevillingView.From)];
        }
    }
}
