using Mediator;
using Microsoft.EntityFrameworkCore;
using Visitation.Host.Infrastructure.Persistence;
using Visitation.Host.Infrastructure.Tenancy;

namespace Visitation.Host.Features.Organisation;

/// <summary>Every user of the municipality with team, title, levels, experience, substitute and absence.</summary>
public static class ListUserOrganisation
{
    public sealed record Query : IQuery<IReadOnlyList<UserOrganisationView>>;

    public sealed class Handler(VisitationDbContext db, CurrentUser currentUser) : IQueryHandler<Query, IReadOnlyList<UserOrganisationView>>
    {
        public async ValueTask<IReadOnlyList<UserOrganisationView>> Handle(Query query, CancellationToken cancellationToken)
        {
            var kommuneId = currentUser.RequireKommuneId();
            var users = await db.Users.AsNoTracking().Where(u => u.KommuneId == kommuneId).OrderBy(u => u.UserName).ToListAsync(cancellationToken);
            var teams = await db.Teams.AsNoTracking().ToDictionaryAsync(t => t.Id, t => t.Code, cancellationToken);
            var names = users.ToDictionary(u => u.Id, u => u.UserName);
            return users.Select(u => UserOrganisationView.From(u, teams, names)).ToList();
        }
    }
}
