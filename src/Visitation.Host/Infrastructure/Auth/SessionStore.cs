using Microsoft.EntityFrameworkCore;
using Visitation.Host.Features.Auth;
using Visitation.Host.Infrastructure.Persistence;

namespace Visitation.Host.Infrastructure.Auth;

/// <summary>The server-side record of each session, which every request's cookie must still point to.</summary>
public sealed class SessionStore(VisitationDbContext db, TimeProvider clock, AuthOptions options)
{
    public const string SessionClaim = "sid";

    /// <summary>LastSeenAt is written at most this often, so reading a page does not write on every request.</summary>
    private static readonly TimeSpan TouchInterval = TimeSpan.FromMinutes(1);

    public async Task<Guid> StartAsync(Guid userId, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var session = new UserSession
        {
            Id = Guid.NewGuid(), UserId = userId, CreatedAt = now, LastSeenAt = now,
            ExpiresAt = now.AddHours(options.AbsoluteLifetimeHours),
        };
        db.UserSessions.Add(session);
        await db.SaveChangesAsync(cancellationToken);
        return session.Id;
    }

    /// <summary>Whether the session may serve this request; a session found idle or expired is ended on the spot.</summary>
    public async Task<bool> ValidateAsync(Guid sessionId, Guid userId, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        // The session and whether its user is still active in one query: every request of a signed-in user runs it.
        var session = await db.UserSessions.AsNoTracking().Where(s => s.Id == sessionId && s.UserId == userId)
            .Select(s => new { s.EndedAt, s.ExpiresAt, s.LastSeenAt, UserIsActive = db.Users.Any(u => u.Id == userId && u.IsActive) })
            .SingleOrDefaultAsync(cancellationToken);
        if (session is null || session.EndedAt is not null) return false;
        if (!session.UserIsActive)
        {
            await EndAsync(sessionId, "deactivated", cancellationToken);
            return false;
        }
        if (now >= session.ExpiresAt || now - session.LastSeenAt >= TimeSpan.FromMinutes(options.IdleTimeoutMinutes))
        {
            await EndAsync(sessionId, now >= session.ExpiresAt ? "expired" : "idle", cancellationToken);
            return false;
        }
        if (now - session.LastSeenAt >= TouchInterval)
            await db.UserSessions.Where(s => s.Id == sessionId).ExecuteUpdateAsync(set => set.SetProperty(s => s.LastSeenAt, now), cancellationToken);
        return true;
    }

    public Task EndAsync(Guid sessionId, string reason, CancellationToken cancellationToken) =>
        End(db.UserSessions.Where(s => s.Id == sessionId), reason, cancellationToken);

    /// <summary>Ends every open session of the user, on every host at once (the next request of each is refused).</summary>
    public Task EndAllAsync(Guid userId, string reason, CancellationToken cancellationToken) =>
        End(db.UserSessions.Where(s => s.UserId == userId), reason, cancellationToken);

    private Task End(IQueryable<UserSession> sessions, string reason, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        return sessions.Where(s => s.EndedAt == null)
            .ExecuteUpdateAsync(set => set.SetProperty(s => s.EndedAt, now).SetProperty(s => s.EndReason, reason), cancellationToken);
    }

    public static Guid? SessionId(System.Security.Claims.ClaimsPrincipal? principal) =>
        Guid.TryParse(principal?.FindFirst(SessionClaim)?.Value, out var id) ? id : null;
}
