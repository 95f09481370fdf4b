using Microsoft.EntityFrameworkCore;
using Visitation.Host.Infrastructure.Errors;
using Visitation.Host.Infrastructure.Persistence;
using Visitation.Host.Infrastructure.Tenancy;

namespace Visitation.Host.Features.Bestillinger;

/// <summary>The orders of the signed-in provider's user: its own provider's, in its own municipality; any other is not found.</summary>
public static class ProviderOrders
{
    public static IQueryable<Bestilling> Own(VisitationDbContext db, CurrentUser currentUser)
    {
        var providerId = currentUser.ProviderId ?? throw new InvalidOperationException("The caller is no provider's user; the endpoint's policy should have refused it.");
        return db.Bestillinger.Where(b => b.ProviderId == providerId);
    }

    public static async Task<Bestilling> FindAsync(VisitationDbContext db, CurrentUser currentUser, Guid id, CancellationToken cancellationToken) =>
        await Own(db, currentUser).SingleOrDefaultAsync(b => b.Id == id, cancellationToken) ?? throw new ResourceNotFoundException("Bestillingen");

    public static async Task<Dictionary<Guid, OrderChildView>> ChildrenAsync(VisitationDbContext db, IEnumerable<Guid> sagIds, CancellationToken cancellationToken)
    {
        var ids = sagIds.Distinct().ToList();
        return await db.Sager.AsNoTracking().Where(s => ids.Contains(s.Id))
            .ToDictionaryAsync(s => s.Id, s => new OrderChildView(s.BarnNavn, s.Foedselsdato), cancellationToken);
    }
}
