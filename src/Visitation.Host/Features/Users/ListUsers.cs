using Mediator;
using Microsoft.EntityFrameworkCore;
using Visitation.Host.Infrastructure.Persistence;
using Visitation.Host.Infrastructure.Tenancy;

namespace Visitation.Host.Features.Users;

public static class ListUsers
{
    public sealed record Query : IQuery<IReadOnlyList<UserView>>;

    public sealed class Handler(VisitationDbContext db, CurrentUser currentUser) : IQueryHandler<Query, IReadOnlyList<UserView>>
    {
        public async ValueTask<IReadOnlyList<UserView>> Handle(Query query, CancellationToken cancellationToken)
        {
            var kommuneId = currentUser.RequireKommuneId();
            var users = await db.Users.AsNoTracking().Where(u => u.KommuneId == kommuneId).OrderBy(u => u.UserName).ToListAsync(cancellationToken);
            return users.Select(UserView.From).ToList();
        }
    }
}
