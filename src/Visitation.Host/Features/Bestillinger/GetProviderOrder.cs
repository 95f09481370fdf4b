using Mediator;
using Visitation.Host.Features.Audit;
using Visitation.Host.Infrastructure.Persistence;
using Visitation.Host.Infrastructure.Tenancy;

namespace Visitation.Host.Features.Bestillinger;

/// <summary>One of the provider's own orders; another provider's is not found (404).</summary>
public static class GetProviderOrder
{
    public sealed record Query(Guid Id) : IQuery<ProviderOrderView>;

    public sealed class Handler(VisitationDbContext db, CurrentUser currentUser, AuditTrail audit) : IQueryHandler<Query, ProviderOrderView>
    {
        public async ValueTask<ProviderOrderView> Handle(Query query, CancellationToken cancellationToken)
        {
            var order = await ProviderOrders.FindAsync(db, currentUser, query.Id, cancellationToken);
            var children = await ProviderOrders.ChildrenAsync(db, [order.SagId], cancellationToken);
            await audit.ReadAsync(order.KommuneId, [order.SagId], "bestilling.read", cancellationToken);
            return ProviderOrderView.From(order, children[order.SagId]);
        }
    }
}
