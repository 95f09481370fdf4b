using Mediator;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Visitation.Host.Infrastructure.Behaviors;
using Visitation.Host.Infrastructure.Errors;
using Visitation.Host.Infrastructure.Persistence;
using Visitation.Host.Infrastructure.Tenancy;

namespace Visitation.Host.Features.Users;

/// <summary>
/// A municipality's administrator adds a user to that municipality: a member of staff, or a provider's user (role
/// <c>Leverandoer</c> alone, tied to a provider of the municipality's catalogue).
/// </summary>
public static class CreateUser
{
    public sealed record Command(string? Username, string? DisplayName, string? Password, IReadOnlyList<string>? Roles, Guid? ProviderId = null)
        : ICommand<UserView>, IValidatable
    {
        public IEnumerable<ProblemError> Validate()
        {
            foreach (var error in NewUser.Validate(Username, DisplayName, Password)) yield return error;
            if (Roles is null || Roles.Count == 0)
            {
                yield return ErrorMessages.Error("/roles", "field.required");
                yield break;
            }
            for (var i = 0; i < Roles.Count; i++)
                foreach (var error in FieldRules.OneOf($"/roles/{i}", Roles[i], [.. Infrastructure.Tenancy.Roles.AssignableRoles]))
                    yield return error;
            var provider = Roles.Contains(Infrastructure.Tenancy.Roles.Leverandoer);
            if (provider && Roles.Any(r => r != Infrastructure.Tenancy.Roles.Leverandoer))
                yield return ErrorMessages.Error("/roles", "user.providerRoleAlone");
            if (provider && ProviderId is null) yield return ErrorMessages.Error("/providerId", "field.required");
            if (!provider && ProviderId is not null) yield return ErrorMessages.Error("/providerId", "user.providerWithoutRole");
        }
    }

    public sealed class Handler(VisitationDbContext db, IPasswordHasher<User> hasher, TimeProvider clock, CurrentUser currentUser)
        : ICommandHandler<Command, UserView>
    {
        public async ValueTask<UserView> Handle(Command command, CancellationToken cancellationToken)
        {
            // The query filter keeps the provider to the administrator's own municipality.
            if (command.ProviderId is { } providerId && !await db.Providers.AnyAsync(p => p.Id == providerId, cancellationToken))
                throw new RequestValidationException(ErrorMessages.Error("/providerId", "user.unknownProvider"));
            var user = await NewUser.AddAsync(db, hasher, clock, currentUser.RequireKommuneId(), command.Username!, command.DisplayName!,
                command.Password!, command.Roles!, cancellationToken, command.ProviderId);
            return UserView.From(user);
        }
    }
}
