using Mediator;
using Microsoft.EntityFrameworkCore;
using Visitation.Host.Features.Users;
using Visitation.Host.Infrastructure.Behaviors;
using Visitation.Host.Infrastructure.Errors;
using Visitation.Host.Infrastructure.Persistence;
using Visitation.Host.Infrastructure.Tenancy;

namespace Visitation.Host.Features.Kommuner;

public sealed record AdministratorInvitationView(UserView User, string Token, string Link, DateTimeOffset ExpiresAt);

/// <summary>
/// The installation administrator invites a municipality's first administrator. The installation administrator never chooses
/// the password: the answer carries a one-time link (valid <see cref="AdministratorInvitation.Lifetime"/>) for the invitee,
/// who sets it (<see cref="AcceptAdministratorInvitation"/>). A municipality that has an administrator, or an open invitation,
/// gets no further one this way; its own administrators add colleagues.
/// </summary>
public static class CreateKommuneAdministrator
{
    public sealed record Command(string KommuneCode, string? Username, string? DisplayName, bool PasswordGiven) : ICommand<AdministratorInvitationView>, IValidatable
    {
        public IEnumerable<ProblemError> Validate()
        {
            foreach (var error in FieldRules.Text("/username", Username, 200)) yield return error;
            foreach (var error in FieldRules.Text("/displayName", DisplayName, 200)) yield return error;
            if (PasswordGiven) yield return ErrorMessages.Error("/password", "kommune.invitationNoPassword");
        }
    }

    public sealed class Handler(VisitationDbContext db, CurrentUser currentUser, TimeProvider clock) : ICommandHandler<Command, AdministratorInvitationView>
    {
        public async ValueTask<AdministratorInvitationView> Handle(Command command, CancellationToken cancellationToken)
        {
            var kommune = await db.Kommuner.SingleOrDefaultAsync(k => k.Code == command.KommuneCode, cancellationToken)
                ?? throw new ResourceNotFoundException("Kommune");
            // Cross-municipality on purpose: the installation administrator belongs to no municipality; the query names it.
            var staff = await db.Users.IgnoreQueryFilters().AsNoTracking().Where(u => u.KommuneId == kommune.Id && u.IsActive)
                .Select(u => u.Roles).ToListAsync(cancellationToken);
            if (staff.Any(roles => roles.Contains(Roles.Administrator)))
                throw new ConflictException(ErrorMessages.Error("", "kommune.hasAdministrator"));

            var userName = command.Username!.Trim().ToLowerInvariant();
            // Cross-municipality on purpose: the installation administrator belongs to no municipality; the query names it.
            if (await db.Users.IgnoreQueryFilters().AnyAsync(u => u.UserName == userName, cancellationToken))
                throw new ConflictException(ErrorMessages.Error("/username", "user.nameTaken"));
            var now = clock.GetUtcNow();
            var user = new User
            {
                Id = Guid.NewGuid(),
                KommuneId = kommune.Id,
                UserName = userName,
                DisplayName = command.DisplayName!.Trim(),
                Roles = [Roles.Administrator],
                CreatedAt = now,
                // No password until the invitee sets one: nobody can sign in as this user before.
                PasswordHash = null,
            };
            var token = AdministratorInvitation.NewToken();
            var invitation = new AdministratorInvitation
            {
                Id = Guid.NewGuid(),
                KommuneId = kommune.Id,
                UserId = user.Id,
                TokenHash = AdministratorInvitation.Hash(token),
                CreatedAt = now,
                CreatedBy = currentUser.Actor,
                ExpiresAt = now + AdministratorInvitation.Lifetime,
            };
            db.Users.Add(user);
            db.AdministratorInvitations.Add(invitation);
            await db.SaveChangesAsync(cancellationToken);
            // The token travels in the fragment, which browsers never send to a server, so it stays out of request logs.
            return new AdministratorInvitationView(UserView.From(user), token, $"/invitation#{token}", invitation.ExpiresAt);
        }
    }
}
