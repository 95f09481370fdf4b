namespace Visitation.Host.Features.Users;

/// <summary><c>lockedOutUntil</c> is set while wrong passwords keep the user out (an administrator may unlock at once).</summary>
public sealed record UserView(Guid Id, string Username, string DisplayName, IReadOnlyList<string> Roles, bool IsActive, Guid? ProviderId,
    DateTimeOffset? LockedOutUntil = null, DateTimeOffset? LastSignInAt = null)
{
    public static UserView From(User user) =>
        new(user.Id, user.UserName, user.DisplayName, user.Roles, user.IsActive, user.ProviderId, user.LockedOutUntil, user.LastSignInAt);
}
