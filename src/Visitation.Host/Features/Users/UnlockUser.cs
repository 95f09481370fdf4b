using Mediator;
using Visitation.Host.Infrastructure.Behaviors;
using Visitation.Host.Infrastructure.Errors;

namespace Visitation.Host.Features.Users;

/// <summary>Ends a lockout at once, e.g. when someone locked a colleague's account on purpose.</summary>
public static class UnlockUser
{
    public sealed record Command(Guid Id, string? Reason) : ICommand<UserView>, IValidatable
    {
        public IEnumerable<ProblemError> Validate() => UserAdministration.ValidateReason(Reason);
    }

    public sealed class Handler(UserAdministration administration) : ICommandHandler<Command, UserView>
    {
        public async ValueTask<UserView> Handle(Command command, CancellationToken cancellationToken)
        {
            var user = await administration.OtherUserAsync(command.Id, cancellationToken);
            user.FailedSignInCount = 0;
            user.LockedOutUntil = null;
            return await administration.SaveAsync(user, "user.unlocked", command.Reason!, null, null, cancellationToken);
        }
    }
}
