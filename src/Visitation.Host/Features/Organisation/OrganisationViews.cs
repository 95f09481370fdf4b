using Visitation.Host.Features.Users;

namespace Visitation.Host.Features.Organisation;

public sealed record LevelView(string Id, string Name, LevelKind Kind)
{
    public static LevelView From(Kompetenceniveau level) => new(level.Code, level.Name, level.Kind);
}

public sealed record TeamView(string Id, string Name)
{
    public static TeamView From(Team team) => new(team.Code, team.Name);
}

/// <summary>A user's place in the organisation; <c>team</c> and <c>substitute</c> are the team's id and the substitute's user name.</summary>
public sealed record UserOrganisationView(Guid Id, string Username, string DisplayName, string? Team, string? Title, IReadOnlyList<string> Levels,
    bool Experienced, string? Substitute, DateTimeOffset? AbsentFrom, DateTimeOffset? AbsentTo)
{
    public static UserOrganisationView From(User user, IReadOnlyDictionary<Guid, string> teamCodes, IReadOnlyDictionary<Guid, string> userNames) => new(
        user.Id, user.UserName, user.DisplayName,
        user.TeamId is { } team ? teamCodes.GetValueOrDefault(team) : null,
        user.Title, user.Kompetenceniveauer, user.IsExperienced,
        user.SubstituteId is { } substitute ? userNames.GetValueOrDefault(substitute) : null,
        user.AbsentFrom, user.AbsentTo);
}
