using Mediator;
using Microsoft.EntityFrameworkCore;
using Visitation.Host.Infrastructure.Persistence;
using Visitation.Host.Infrastructure.Tenancy;

namespace Visitation.Host.Features.Organisation;

/// <summary>
/// The municipality's active staff as colleagues see them: who they are, their team, title and roles. Enough to name
/// someone as a task's candidate or a forum's member; absence, substitutes and competence levels stay with the
/// administrators. A provider's users are not colleagues: they never take the municipality's tasks.
/// </summary>
public static class ListColleagues
{
    public sealed record Query : IQuery<IReadOnlyList<ColleagueView>>;

    public sealed class Handler(VisitationDbContext db, CurrentUser currentUser) : IQueryHandler<Query, IReadOnlyList<ColleagueView>>
    {
        public async ValueTask<IReadOnlyList<ColleagueView>> Handle(Query query, CancellationToken cancellationToken)
        {
            var kommuneId = currentUser.RequireKommuneId();
            var users = await db.Users.AsNoTracking().Where(u => u.KommuneId == kommuneId && u.IsActive).OrderBy(u => u.DisplayName).ThenBy(u => u.UserName)
                .ToListAsync(cancellationToken);
            var teams = await db.Teams.AsNoTracking().ToDictionaryAsync(t => t.Id, t => t.Code, cancellationToken);
            return users.Where(u => u.Roles.Any(Roles.MunicipalityRoles.Contains))
                .Select(u => new ColleagueView(u.UserName, u.DisplayName, u.TeamId is { } team ? teams.GetValueOrDefault(team) : null, u.Title,
                    u.Roles.Where(Roles.MunicipalityRoles.Contains).ToList()))
                .ToList();
        }
    }
}

/// <summary>A colleague in the municipality's directory; <c>team</c> is the team's id.</summary>
public sealed record ColleagueView(string Username, string DisplayName, string? Team, string? Title, IReadOnlyList<string> Roles);
