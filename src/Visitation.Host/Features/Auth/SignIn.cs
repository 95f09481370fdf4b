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

/// <summary>
/// Checks a user name and password. Each check first claims one of the account's allowed guesses in a single
/// conditional UPDATE, so parallel requests cannot get more guesses checked than the limit; the answer is the same
/// for an unknown user, a wrong password and a locked account, so neither accounts nor lockouts can be found.
/// </summary>
public static class SignIn
{
    public sealed record Command(string? Username, string? Password) : ICommand<Result>, IValidatable, IOwnsItsCommits
    {
        public IEnumerable<ProblemError> Validate() =>
            FieldRules.Text("/username", Username, 200).Concat(FieldRules.Text("/password", Password, 500));

        public string NormalisedUserName => Username!.Trim().ToLowerInvariant();
    }

    public sealed record Result(User User, Kommune? Kommune);

    public sealed class Handler(VisitationDbContext db, IPasswordHasher<User> hasher, AuthOptions options, TimeProvider clock, ILogger<Handler> logger)
        : ICommandHandler<Command, Result>
    {
        // Verified against when no password is checked, so that every refusal takes as long as a wrong password.
        private static readonly string UnknownUserHash = new PasswordHasher<User>().HashPassword(null!, "unknown-user");

        public async ValueTask<Result> Handle(Command command, CancellationToken cancellationToken)
        {
            var userName = command.NormalisedUserName;
            var now = clock.GetUtcNow();
            var user = await db.Users.AsNoTracking().SingleOrDefaultAsync(u => u.UserName == userName, cancellationToken);
            if (user is null || !user.IsActive || user.PasswordHash is null) throw Refused(command);

            if (!await ClaimGuessWhenFreeAsync(user.Id, now, cancellationToken))
            {
                logger.LogWarning("Sign-in refused for user {UserId}: the account is locked", user.Id);
                throw Refused(command);
            }

            var verification = hasher.VerifyHashedPassword(user, user.PasswordHash, command.Password!);
            if (verification == PasswordVerificationResult.Failed)
            {
                logger.LogWarning("Wrong password for user {UserId}", user.Id);
                await LockWhenNoGuessesLeftAsync(user.Id, now, cancellationToken);
                throw InvalidCredentials();
            }

            var tracked = await db.Users.SingleAsync(u => u.Id == user.Id, cancellationToken);
            if (verification == PasswordVerificationResult.SuccessRehashNeeded)
                tracked.PasswordHash = hasher.HashPassword(tracked, command.Password!);
            tracked.FailedSignInCount = 0;
            tracked.LockedOutUntil = null;
            tracked.LastSignInAt = now;
            await db.SaveChangesAsync(cancellationToken);

            var kommune = tracked.KommuneId is { } kommuneId
                ? await db.Kommuner.SingleAsync(k => k.Id == kommuneId, cancellationToken)
                : null;
            return new Result(tracked, kommune);
        }

        /// <summary>
        /// Claims a guess; when all guesses are held by checks still running (the same person signing in from several
        /// windows at once, or an attacker's parallel guesses), waits for them to end: a right password gives the guesses
        /// back, and the last wrong one locks the account. False when the account is locked or no guess came free.
        /// </summary>
        private async Task<bool> ClaimGuessWhenFreeAsync(Guid userId, DateTimeOffset now, CancellationToken cancellationToken)
        {
            for (var attempt = 0; ; attempt++)
            {
                if (await ClaimGuessAsync(userId, now, cancellationToken)) return true;
                var locked = await db.Users.AnyAsync(u => u.Id == userId && u.LockedOutUntil != null && u.LockedOutUntil > now, cancellationToken);
                if (locked || attempt >= ClaimAttempts) return false;
                await Task.Delay(ClaimRetryDelay, cancellationToken);
            }
        }

        private const int ClaimAttempts = 40;
        private static readonly TimeSpan ClaimRetryDelay = TimeSpan.FromMilliseconds(50);

        /// <summary>Counts the guess before it is checked; false when the account has none left or is locked.</summary>
        private async Task<bool> ClaimGuessAsync(Guid userId, DateTimeOffset now, CancellationToken cancellationToken) =>
            await db.Users
                .Where(u => u.Id == userId && u.FailedSignInCount < options.MaxFailedAttempts
                            && (u.LockedOutUntil == null || u.LockedOutUntil <= now))
                .ExecuteUpdateAsync(set => set.SetProperty(u => u.FailedSignInCount, u => u.FailedSignInCount + 1), cancellationToken) == 1;

        /// <summary>The last allowed guess was wrong: the account is locked, and gets its guesses back when the lock ends.</summary>
        private async Task LockWhenNoGuessesLeftAsync(Guid userId, DateTimeOffset now, CancellationToken cancellationToken)
        {
            var until = now.AddMinutes(options.LockoutMinutes);
            var locked = await db.Users
                .Where(u => u.Id == userId && u.FailedSignInCount >= options.MaxFailedAttempts && (u.LockedOutUntil == null || u.LockedOutUntil <= now))
                .ExecuteUpdateAsync(set => set.SetProperty(u => u.LockedOutUntil, until).SetProperty(u => u.FailedSignInCount, 0), cancellationToken);
            if (locked == 1) logger.LogWarning("User {UserId} locked until {LockedOutUntil} after {Attempts} wrong passwords", userId, until, options.MaxFailedAttempts);
        }

        private SignInRefusedException Refused(Command command)
        {
            hasher.VerifyHashedPassword(null!, UnknownUserHash, command.Password!);
            return InvalidCredentials();
        }

        private static SignInRefusedException InvalidCredentials() =>
            new(StatusCodes.Status401Unauthorized, ErrorMessages.Error("", "auth.invalidCredentials"));
    }
}
