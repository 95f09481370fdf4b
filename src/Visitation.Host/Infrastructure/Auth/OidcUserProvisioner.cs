using Microsoft.EntityFrameworkCore;
using Visitation.Host.Features.Users;
using Visitation.Host.Infrastructure.Persistence;

namespace Visitation.Host.Infrastructure.Auth;

/// <summary>
/// Finds or creates the local user for a person signed in through the identity provider, whose roles
/// are authoritative: they replace the local roles at every sign-in.
/// </summary>
public sealed class OidcUserProvisioner(VisitationDbContext db, TimeProvider clock)
{
    public async Task<System.Security.Claims.ClaimsPrincipal?> SignInAsync(ExternalIdentity identity, CancellationToken cancellationToken)
    {
        var kommune = await db.Kommuner.SingleOrDefaultAsync(k => k.Code == identity.KommuneCode, cancellationToken);
        if (kommune is null) return null;

        var user = await db.Users.SingleOrDefaultAsync(u => u.KommuneId == kommune.Id && u.ExternalSubject == identity.Subject, cancellationToken);
        if (user is null)
        {
            user = new User
            {
                Id = Guid.NewGuid(),
                KommuneId = kommune.Id,
                UserName = $"{identity.Subject}@{kommune.Code}".ToLowerInvariant(),
                DisplayName = identity.DisplayName,
                ExternalSubject = identity.Subject,
                CreatedAt = clock.GetUtcNow(),
            };
            db.Users.Add(user);
        }
        if (!user.IsActive) return null;
        user.DisplayName = identity.DisplayName;
        user.Roles = [.. identity.Roles];
        user.LastSignInAt = clock.GetUtcNow();
        await db.SaveChangesAsync(cancellationToken);
        return SessionPrincipal.For(user, kommune);
    }
}
