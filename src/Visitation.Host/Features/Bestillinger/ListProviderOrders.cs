using Mediator;
using Microsoft.EntityFrameworkCore;
using Visitation.Host.Features.Audit;
using Visitation.Host.Infrastructure.Persistence;
using Visitation.Host.Infrastructure.Tenancy;

namespace Visitation.Host.Features.Bestillinger;

/// <summary>The provider's own orders, newest first; reading them is audited on each case.</summary>
public static class ListProviderOrders
{
    public sealed record Query : IQuery<IReadOnlyList<ProviderOrderView>>;

    public sealed class Handler(VisitationDbContext db, CurrentUser currentUser, AuditTrail audit) : IQueryHandler<Query, IReadOnlyList<ProviderOrderView>>
    {
        public async ValueTask<IReadOnlyList<ProviderOrderView>> Handle(Query query, CancellationToken cancellationToken)
        {
            var orders = await ProviderOrders.Own(db, currentUser).AsNoTracking().ToListAsync(cancellationToken);
            var children = await ProviderOrders.ChildrenAsync(db, orders.Select(o => o.SagId), cancellationToken);
            if (orders.Count > 0) await audit.ReadAsync(currentUser.RequireKommuneId(), orders.Select(o => o.SagId).Distinct(), "bestilling.read", cancellationToken);
            return [.. orders.OrderByDescending(o => o.SendtAt).ThenBy(o => o.Id).Select(o => ProviderOrderView.From(o, children[o.SagId]))];
        }
    }
}
