using Microsoft.EntityFrameworkCore;
using Visitation.Host.Infrastructure.Persistence;

namespace Visitation.Host.Features.Sager;

/// <summary>User names for the user ids that case views show (tovholder, handover receiver).</summary>
public sealed class UserNames(VisitationDbContext db)
{
    public async Task<IReadOnlyDictionary<Guid, string>> ForAsync(IEnumerable<Guid?> ids, CancellationToken cancellationToken)
    {
        var wanted = ids.OfType<Guid>().Distinct().ToList();
        return await db.Users.AsNoTracking().Where(u => wanted.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.UserName, cancellationToken);
    }

    public Task<IReadOnlyDictionary<Guid, string>> ForAsync(IEnumerable<Guid> ids, CancellationToken cancellationToken) =>
        ForAsync(ids.Select(id => (Guid?)id), cancellationToken);

    public Task<IReadOnlyDictionary<Guid, string>> ForAsync(IEnumerable<Sag> sager, CancellationToken cancellationToken) =>
        ForAsync(sager.SelectMany(s => new[] { (Guid?)s.TovholderId, s.OverdragesTilId }), cancellationToken);
}
