using Mediator;
using Microsoft.AspNetCore.Identity;
using Visitation.Host.Infrastructure.Behaviors;
using Visitation.Host.Infrastructure.Errors;
using Visitation.Host.Infrastructure.Persistence;
using Visitation.Host.Infrastructure.Tenancy;

namespace Visitation.Host.Features.Users;

/// <summary>A municipality's administrator adds a user to that municipality.</summary>
public static class CreateUser
{
    public sealed record Command(string? Username, string? DisplayName, string? Password, IReadOnlyList<string>? Roles)
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
                foreach (var error in FieldRules.OneOf($"/roles/{i}", Roles[i], [.. Infrastructure.Tenancy.Roles.MunicipalityRoles]))
                    yield return error;
        }
    }

    public sealed class Handler(VisitationDbContext db, IPasswordHasher<User> hasher, TimeProvider clock, CurrentUser currentUser)
        : ICommandHandler<Command, UserView>
    {
        public async ValueTask<UserView> Handle(Command command, CancellationToken cancellationToken)
        {
            var user = await NewUser.AddAsync(db, hasher, clock, currentUser.RequireKommuneId(), command.Username!, command.DisplayName!,
                command.Password!, command.Roles!, cancellationToken);
            return UserView.From(user);
        }
    }
}
