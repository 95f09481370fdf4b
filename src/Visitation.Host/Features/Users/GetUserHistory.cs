using Mediator;
using Microsoft.EntityFrameworkCore;
using Visitation.Host.Infrastructure.Persistence;

namespace Visitation.Host.Features.Users;

/// <summary>Every change an administrator made to the user's access, oldest first.</summary>
public static class GetUserHistory
{
    public sealed record Entry(DateTimeOffset At, string Actor, string Action, string Reason, string? Detail);

    public sealed record Query(Guid Id) : IQuery<IReadOnlyList<Entry>>;

    public sealed class Handler(VisitationDbContext db, UserAdministration administration) : IQueryHandler<Query, IReadOnlyList<Entry>>
    {
        public async ValueTask<IReadOnlyList<Entry>> Handle(Query query, CancellationToken cancellationToken)
        {
            var user = await administration.FindAsync(query.Id, cancellationToken);
            var entries = await db.UserAdministrationLog.AsNoTracking().Where(e => e.UserId == user.Id).OrderBy(e => e.Id).ToListAsync(cancellationToken);
            return [.. entries.Select(e => new Entry(e.At, e.Actor, e.Action, e.Reason, e.Detail))];
        }
    }
}
