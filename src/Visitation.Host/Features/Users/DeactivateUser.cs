using Mediator;
using Visitation.Host.Infrastructure.Behaviors;
using Visitation.Host.Infrastructure.Errors;

namespace Visitation.Host.Features.Users;

/// <summary>The user can no longer sign in, and every session of the user ends at once.</summary>
public static class DeactivateUser
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
            user.IsActive = false;
            return await administration.SaveAsync(user, "user.deactivated", command.Reason!, null, "deactivated", cancellationToken);
        }
    }
}
