using Mediator;
using Microsoft.EntityFrameworkCore;
using Visitation.Host.Features.Audit;
using Visitation.Host.Infrastructure.Errors;
using Visitation.Host.Infrastructure.Persistence;

namespace Visitation.Host.Features.Matchning;

/// <summary>A case's matchings, oldest first (<see cref="List"/>), or one of them (<see cref="One"/>); reading them is audited.</summary>
public static class ReadMatchninger
{
    public sealed record List(Guid SagId) : IQuery<IReadOnlyList<MatchningView>>;

    public sealed record One(Guid SagId, Guid Id) : IQuery<MatchningView>;

    public sealed class Handler(VisitationDbContext db, AuditTrail audit, MatchningViewBuilder views)
        : IQueryHandler<List, IReadOnlyList<MatchningView>>, IQueryHandler<One, MatchningView>
    {
        public async ValueTask<IReadOnlyList<MatchningView>> Handle(List query, CancellationToken cancellationToken)
        {
            var sag = await db.Sager.AsNoTracking().Where(s => s.Id == query.SagId).Select(s => new { s.Id, s.KommuneId }).SingleOrDefaultAsync(cancellationToken)
                      ?? throw new ResourceNotFoundException("Sagen");
            var matchninger = await db.Matchninger.AsNoTracking().Where(m => m.SagId == sag.Id).ToListAsync(cancellationToken);
            await audit.ReadAsync(sag.KommuneId, [sag.Id], "matchning.read", cancellationToken);
            var result = new List<MatchningView>();
            foreach (var matchning in matchninger.OrderBy(m => m.OprettetAt)) result.Add(await views.ViewAsync(matchning, cancellationToken));
            return result;
        }

        public async ValueTask<MatchningView> Handle(One query, CancellationToken cancellationToken)
        {
            var matchning = await views.FindAsync(query.SagId, query.Id, cancellationToken);
            await audit.ReadAsync(matchning.KommuneId, [matchning.SagId], "matchning.read", cancellationToken);
            return await views.ViewAsync(matchning, cancellationToken);
        }
    }
}
