using Mediator;
using Microsoft.EntityFrameworkCore;
using Visitation.Host.Infrastructure.Persistence;
using Visitation.Host.Infrastructure.Tenancy;

namespace Visitation.Host.Features.Auth;

/// <summary>The signed-in user as stored now, so a deactivated user's old cookie stops working.</summary>
public static class GetSession
{
    public sealed record Query : IQuery<SessionUser?>;

    public sealed class Handler(VisitationDbContext db, CurrentUser currentUser) : IQueryHandler<Query, SessionUser?>
    {
        public async ValueTask<SessionUser?> Handle(Query query, CancellationToken cancellationToken)
        {
            var user = await db.Users.AsNoTracking().SingleOrDefaultAsync(u => u.Id == currentUser.UserId, cancellationToken);
            if (user is null || !user.IsActive) return null;
            var kommune = user.KommuneId is { } kommuneId
                ? await db.Kommuner.AsNoTracking().SingleAsync(k => k.Id == kommuneId, cancellationToken)
                : null;
            return AuthEndpoints.ToSessionUser(user, kommune);
        }
    }
}
