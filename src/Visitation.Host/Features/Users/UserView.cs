namespace Visitation.Host.Features.Users;

public sealed record UserView(Guid Id, string Username, string DisplayName, IReadOnlyList<string> Roles, bool IsActive, Guid? ProviderId)
{
    public static UserView From(User user) => new(user.Id, user.UserName, user.DisplayName, user.Roles, user.IsActive, user.ProviderId);
}
