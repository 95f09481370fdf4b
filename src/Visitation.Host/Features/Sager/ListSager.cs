using Mediator;
using Microsoft.EntityFrameworkCore;
using Visitation.Host.Features.Audit;
using Visitation.Host.Infrastructure.Persistence;
using Visitation.Host.Infrastructure.Tenancy;

namespace Visitation.Host.Features.Sager;

/// <summary>The municipality's cases, newest first, CPR masked; <c>mine</c> keeps the caller's own (as tovholder).</summary>
public static class ListSager
{
    public sealed record Query(bool Mine, SagStatus? Status) : IQuery<IReadOnlyList<SagSummaryView>>;

    public sealed class Handler(VisitationDbContext db, CurrentUser currentUser, UserNames userNames, AuditTrail audit)
        : IQueryHandler<Query, IReadOnlyList<SagSummaryView>>
    {
        public async ValueTask<IReadOnlyList<SagSummaryView>> Handle(Query query, CancellationToken cancellationToken)
        {
            var sager = db.Sager.AsNoTracking();
            if (query.Mine) sager = sager.Where(s => s.TovholderId == currentUser.UserId);
            if (query.Status is { } status) sager = sager.Where(s => s.Status == status);
            var list = await sager.OrderByDescending(s => s.OprettetAt).Take(500).ToListAsync(cancellationToken);
            var names = await userNames.ForAsync(list, cancellationToken);
            await audit.ReadAsync(currentUser.RequireKommuneId(), list.Select(s => s.Id), "sag.list", cancellationToken);
            return [.. list.Select(s => SagSummaryView.From(s, names))];
        }
    }
}
