using Mediator;
using Visitation.Host.Infrastructure.Behaviors;
using Visitation.Host.Infrastructure.Errors;
using Visitation.Host.Infrastructure.Tenancy;

namespace Visitation.Host.Features.Users;

/// <summary>
/// Gives a member of staff other roles. The user's sessions end, so the new roles hold from the next sign-in and
/// nothing is done under the old ones. A provider's user keeps the one role Leverandoer.
/// </summary>
public static class ChangeUserRoles
{
    public sealed record Command(Guid Id, IReadOnlyList<string>? Roles, string? Reason) : ICommand<UserView>, IValidatable
    {
        public IEnumerable<ProblemError> Validate()
        {
            foreach (var error in UserAdministration.ValidateReason(Reason)) yield return error;
            if (Roles is null || Roles.Count == 0)
            {
                yield return ErrorMessages.Error("/roles", "field.required");
                yield break;
            }
            for (var i = 0; i < Roles.Count; i++)
                foreach (var error in FieldRules.OneOf($"/roles/{i}", Roles[i], [.. Infrastructure.Tenancy.Roles.MunicipalityRoles]))
                    yield return error;
        }
    }

    public sealed class Handler(UserAdministration administration) : ICommandHandler<Command, UserView>
    {
        public async ValueTask<UserView> Handle(Command command, CancellationToken cancellationToken)
        {
            var user = await administration.OtherUserAsync(command.Id, cancellationToken);
            if (user.HasRole(Roles.Leverandoer)) throw new UnprocessableException([ErrorMessages.Error("/roles", "user.providerRolesFixed")]);
            var before = string.Join(", ", user.Roles);
            user.Roles = command.Roles!.Distinct().ToList();
            return await administration.SaveAsync(user, "user.rolesChanged", command.Reason!, $"{before} → {string.Join(", ", user.Roles)}",
                "rolesChanged", cancellationToken);
        }
    }
}
