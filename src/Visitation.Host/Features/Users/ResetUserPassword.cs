using Mediator;
using Microsoft.AspNetCore.Identity;
using Visitation.Host.Infrastructure.Behaviors;
using Visitation.Host.Infrastructure.Errors;

namespace Visitation.Host.Features.Users;

/// <summary>Sets a new password for a user who forgot theirs; every session under the old one ends.</summary>
public static class ResetUserPassword
{
    public sealed record Command(Guid Id, string? Password, string? Reason) : ICommand<UserView>, IValidatable
    {
        public IEnumerable<ProblemError> Validate()
        {
            if (Password is null || Password.Length < NewUser.MinimumPasswordLength)
                yield return ErrorMessages.Error("/password", "field.passwordTooShort", NewUser.MinimumPasswordLength);
            else if (Password.Length > 500) yield return ErrorMessages.Error("/password", "field.tooLong", 500);
            foreach (var error in UserAdministration.ValidateReason(Reason)) yield return error;
        }
    }

    public sealed class Handler(UserAdministration administration, IPasswordHasher<User> hasher) : ICommandHandler<Command, UserView>
    {
        public async ValueTask<UserView> Handle(Command command, CancellationToken cancellationToken)
        {
            var user = await administration.OtherUserAsync(command.Id, cancellationToken);
            user.PasswordHash = hasher.HashPassword(user, command.Password!);
            user.FailedSignInCount = 0;
            user.LockedOutUntil = null;
            return await administration.SaveAsync(user, "user.passwordReset", command.Reason!, null, "passwordReset", cancellationToken);
        }
    }
}
