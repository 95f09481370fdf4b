using Mediator;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Visitation.Host.Features.Kommuner;
using Visitation.Host.Features.Users;
using Visitation.Host.Infrastructure.Auth;
using Visitation.Host.Infrastructure.Behaviors;
using Visitation.Host.Infrastructure.Errors;
using Visitation.Host.Infrastructure.Persistence;

namespace Visitation.Host.Features.Auth;

/// <summary>Checks a user name and password, with lockout after repeated failures.</summary>
public static class SignIn
{
    public sealed record Command(string? Username, string? Password) : ICommand<Result>, IValidatable
    {
        public IEnumerable<ProblemError> Validate() =>
            FieldRules.Text("/username", Username, 200).Concat(FieldRules.Text("/password", Password, 500));
    }

    public sealed record Result(User User, Kommune? Kommune);

    public sealed class Handler(VisitationDbContext db, IPasswordHasher<User> hasher, AuthOptions options, TimeProvider clock)
        : ICommandHandler<Command, Result>
    {
        // Verified against when the user name is unknown, so that a wrong name takes as long as a wrong password.
        private static readonly string UnknownUserHash = new PasswordHasher<User>().HashPassword(null!, "unknown-user");

        public async ValueTask<Result> Handle(Command command, CancellationToken cancellationToken)
        {
            var userName = command.Username!.Trim().ToLowerInvariant();
            var user = await db.Users.SingleOrDefaultAsync(u => u.UserName == userName, cancellationToken);
            var now = clock.GetUtcNow();

            if (user?.LockedOutUntil > now) throw LockedOut(user.LockedOutUntil.Value - now);

            if (user is null || !user.IsActive || user.PasswordHash is null)
            {
                hasher.VerifyHashedPassword(null!, UnknownUserHash, command.Password!);
                throw InvalidCredentials();
            }

            var verification = hasher.VerifyHashedPassword(user, user.PasswordHash, command.Password!);
            if (verification == PasswordVerificationResult.Failed)
            {
                user.FailedSignInCount++;
                var lockedOut = user.FailedSignInCount >= options.MaxFailedAttempts;
                if (lockedOut)
                {
                    user.LockedOutUntil = now.AddMinutes(options.LockoutMinutes);
                    user.FailedSignInCount = 0;
                }
                await db.SaveChangesAsync(cancellationToken);
                throw lockedOut ? LockedOut(TimeSpan.FromMinutes(options.LockoutMinutes)) : InvalidCredentials();
            }

            if (verification == PasswordVerificationResult.SuccessRehashNeeded)
                user.PasswordHash = hasher.HashPassword(user, command.Password!);
            user.FailedSignInCount = 0;
            user.LockedOutUntil = null;
            user.LastSignInAt = now;
            await db.SaveChangesAsync(cancellationToken);

            var kommune = user.KommuneId is { } kommuneId
                ? await db.Kommuner.SingleAsync(k => k.Id == kommuneId, cancellationToken)
                : null;
            return new Result(user, kommune);
        }

        private static SignInRefusedException InvalidCredentials() =>
            new(StatusCodes.Status401Unauthorized, ErrorMessages.Error("", "auth.invalidCredentials"));

        private static SignInRefusedException LockedOut(TimeSpan remaining) =>
            new(StatusCodes.Status423Locked, ErrorMessages.Error("", "auth.lockedOut", (int)Math.Ceiling(remaining.TotalMinutes)));
    }
}
