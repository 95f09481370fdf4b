using Mediator;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Visitation.Host.Features.Users;
using Visitation.Host.Infrastructure.Behaviors;
using Visitation.Host.Infrastructure.Errors;
using Visitation.Host.Infrastructure.Persistence;
using Visitation.Host.Infrastructure.Tenancy;

namespace Visitation.Host.Features.Kommuner;

/// <summary>The installation administrator gives a municipality its first administrator.</summary>
public static class CreateKommuneAdministrator
{
    public sealed record Command(string KommuneCode, string? Username, string? DisplayName, string? Password) : ICommand<UserView>, IValidatable
    {
        public IEnumerable<ProblemError> Validate() => NewUser.Validate(Username, DisplayName, Password);
    }

    public sealed class Handler(VisitationDbContext db, IPasswordHasher<User> hasher, TimeProvider clock) : ICommandHandler<Command, UserView>
    {
        public async ValueTask<UserView> Handle(Command command, CancellationToken cancellationToken)
        {
            var kommune = await db.Kommuner.SingleOrDefaultAsync(k => k.Code == command.KommuneCode, cancellationToken)
                ?? throw new ResourceNotFoundException("Kommune");
            var user = await NewUser.AddAsync(db, hasher, clock, kommune.Id, command.Username!, command.DisplayName!, command.Password!,
                [Roles.Administrator], cancellationToken);
            return UserView.From(user);
        }
    }
}
