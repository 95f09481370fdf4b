using Mediator;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Visitation.Host.Features.Users;
using Visitation.Host.Infrastructure.Behaviors;
using Visitation.Host.Infrastructure.Errors;
using Visitation.Host.Infrastructure.Persistence;

namespace Visitation.Host.Features.Kommuner;

/// <summary>
/// The invitee sets their password with the invitation's token, once. An unknown, used or expired token gets the same
/// answer, so the endpoint tells nothing about which tokens exist.
/// </summary>
public static class AcceptAdministratorInvitation
{
    public sealed record Command(string? Token, string? Password) : ICommand<UserView>, IValidatable
    {
        public IEnumerable<ProblemError> Validate()
        {
            foreach (var error in FieldRules.Text("/token", Token, 100)) yield return error;
            if (Password is null || Password.Length < NewUser.MinimumPasswordLength)
                yield return ErrorMessages.Error("/password", "field.passwordTooShort", NewUser.MinimumPasswordLength);
            else if (Password.Length > 200) yield return ErrorMessages.Error("/password", "field.tooLong", 200);
        }
    }

    public sealed class Handler(VisitationDbContext db, IPasswordHasher<User> hasher, TimeProvider clock) : ICommandHandler<Command, UserView>
    {
        public async ValueTask<UserView> Handle(Command command, CancellationToken cancellationToken)
        {
            var now = clock.GetUtcNow();
            var hash = AdministratorInvitation.Hash(command.Token!.Trim());
            var invitation = await db.AdministratorInvitations.SingleOrDefaultAsync(i => i.TokenHash == hash, cancellationToken);
            if (invitation is null || invitation.AcceptedAt is not null || invitation.ExpiresAt <= now)
                throw new UnprocessableException([ErrorMessages.Error("/token", "kommune.invitationInvalid")]);
            // Cross-municipality on purpose: the invitee is not signed in, and the token names the user.
            var user = await db.Users.IgnoreQueryFilters().SingleOrDefaultAsync(u => u.Id == invitation.UserId, cancellationToken);
            if (user is null || !user.IsActive || user.PasswordHash is not null)
                throw new UnprocessableException([ErrorMessages.Error("/token", "kommune.invitationInvalid")]);
            // Claimed atomically in the command's transaction: of two requests racing with one token, one sets the password and
            // the other is refused.
            var claimed = await db.AdministratorInvitations.Where(i => i.Id == invitation.Id && i.AcceptedAt == null)
                .ExecuteUpdateAsync(set => set.SetProperty(i => i.AcceptedAt, now), cancellationToken);
            if (claimed == 0) throw new UnprocessableException([ErrorMessages.Error("/token", "kommune.invitationInvalid")]);
            user.PasswordHash = hasher.HashPassword(user, command.Password!);
            db.UserAdministrationLog.Add(new UserAdministrationEntry
            {
                KommuneId = invitation.KommuneId,
                UserId = user.Id,
                At = now,
                ActorId = user.Id,
                Actor = user.UserName,
                Action = "user.invitationAccepted",
                Reason = "Invitation fra " + invitation.CreatedBy,
            });
            return UserView.From(user);
        }
    }
}
