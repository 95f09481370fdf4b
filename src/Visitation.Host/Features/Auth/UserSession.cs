namespace Visitation.Host.Features.Auth;

/// <summary>
/// One signed-in session, named by the <c>sid</c> claim of its cookie. The cookie alone opens nothing: every request
/// checks that its session has not ended, has not idled past the idle timeout and is within its absolute lifetime.
/// </summary>
public sealed class UserSession
{
    public Guid Id { get; set; }

    public Guid UserId { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>The last request seen, to within a minute (it is not written on every request).</summary>
    public DateTimeOffset LastSeenAt { get; set; }

    /// <summary>The end of the absolute lifetime, however active the session is.</summary>
    public DateTimeOffset ExpiresAt { get; set; }

    public DateTimeOffset? EndedAt { get; set; }

    /// <summary>A stable code: <c>signedOut</c>, <c>deactivated</c>, <c>rolesChanged</c>, <c>passwordReset</c>, <c>idle</c>, <c>expired</c>.</summary>
    public string? EndReason { get; set; }
}
