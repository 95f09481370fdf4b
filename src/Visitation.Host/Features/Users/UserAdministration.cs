using Microsoft.EntityFrameworkCore;
using Visitation.Host.Infrastructure.Auth;
using Visitation.Host.Infrastructure.Behaviors;
using Visitation.Host.Infrastructure.Errors;
using Visitation.Host.Infrastructure.Persistence;
using Visitation.Host.Infrastructure.Tenancy;

namespace Visitation.Host.Features.Users;

/// <summary>
/// What every change to a user's access shares: the user is one of the administrator's municipality and never the
/// administrator, the change is recorded with its reason in the same transaction, and where it changes what the user
/// may do, every session of the user ends with it.
/// </summary>
public sealed class UserAdministration(VisitationDbContext db, CurrentUser currentUser, SessionStore sessions, TimeProvider clock)
{
    public const int MaxReasonLength = 500;

    public static IEnumerable<ProblemError> ValidateReason(string? reason) => FieldRules.Text("/reason", reason, MaxReasonLength);

    public async Task<User> OtherUserAsync(Guid id, CancellationToken cancellationToken)
    {
        var user = await FindAsync(id, cancellationToken);
        if (user.Id == currentUser.UserId) throw new ForbiddenException(ErrorMessages.Error("", "user.notSelf"));
        return user;
    }

    public async Task<User> FindAsync(Guid id, CancellationToken cancellationToken)
    {
        var kommuneId = currentUser.RequireKommuneId();
        return await db.Users.SingleOrDefaultAsync(u => u.Id == id && u.KommuneId == kommuneId, cancellationToken)
               ?? throw new ResourceNotFoundException("Brugeren");
    }

    /// <summary>Saves the change to <paramref name="user"/> with its log entry, ending the user's sessions when <paramref name="endSessions"/> names why.</summary>
    public async Task<UserView> SaveAsync(User user, string action, string reason, string? detail, string? endSessions, CancellationToken cancellationToken)
    {
        db.UserAdministrationLog.Add(new UserAdministrationEntry
        {
            KommuneId = user.KommuneId!.Value, UserId = user.Id, At = clock.GetUtcNow(), ActorId = currentUser.UserId,
            Actor = currentUser.Actor, Action = action, Reason = reason.Trim(), Detail = detail,
        });
        // Inside the command's transaction: the change, its log entry and the ended sessions commit together.
        await db.SaveChangesAsync(cancellationToken);
        if (endSessions is not null) await sessions.EndAllAsync(user.Id, endSessions, cancellationToken);
        return UserView.From(user);
    }
}
