using Visitation.Host.Infrastructure.Tenancy;

namespace Visitation.Host.Features.Users;

/// <summary>
/// One change an administrator made to a user's access (deactivated, reactivated, unlocked, roles changed, password
/// reset), with who, when and why. Append-only, like the case audit trail.
/// </summary>
public sealed class UserAdministrationEntry : ITenantScoped
{
    public long Id { get; set; }

    public Guid KommuneId { get; set; }

    public Guid UserId { get; set; }

    public DateTimeOffset At { get; set; }

    public Guid? ActorId { get; set; }

    public required string Actor { get; set; }

    /// <summary>A stable code: <c>user.deactivated</c>, <c>user.reactivated</c>, <c>user.unlocked</c>, <c>user.rolesChanged</c>, <c>user.passwordReset</c>.</summary>
    public required string Action { get; set; }

    public required string Reason { get; set; }

    /// <summary>What changed, where the action has more to say (the roles before and after); never a password.</summary>
    public string? Detail { get; set; }
}
