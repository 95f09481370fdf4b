using Mediator;
using Microsoft.EntityFrameworkCore;
using Visitation.Host.Infrastructure.Errors;
using Visitation.Host.Infrastructure.Persistence;
using Visitation.Host.Infrastructure.Tenancy;

namespace Visitation.Host.Features.Users;

public static class GetUser
{
    public sealed record Query(Guid Id) : IQuery<UserView>;

    public sealed class Handler(VisitationDbContext db, CurrentUser currentUser) : IQueryHandler<Query, UserView>
    {
        public async ValueTask<UserView> Handle(Query query, CancellationToken cancellationToken)
        {
            var kommuneId = currentUser.RequireKommuneId();
            var user = await db.Users.AsNoTracking().SingleOrDefaultAsync(u => u.Id == query.Id && u.KommuneId == kommuneId, cancellationToken)
                ?? throw new ResourceNotFoundException("Brugeren");
            return UserView.From(user);
        }
    }
}
