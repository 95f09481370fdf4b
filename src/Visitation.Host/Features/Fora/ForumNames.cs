using Microsoft.EntityFrameworkCore;
using Visitation.Host.Infrastructure.Persistence;

namespace Visitation.Host.Features.Fora;

/// <summary>The user names of the people of some forums, to show them by name.</summary>
public static class ForumNames
{
    public static async Task<Dictionary<Guid, string>> ForAsync(VisitationDbContext db, IEnumerable<Forum> forums, CancellationToken cancellationToken)
    {
        var ids = forums.SelectMany(ForumView.People).Distinct().ToList();
        return await db.Users.AsNoTracking().Where(u => ids.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.UserName, cancellationToken);
    }
}
