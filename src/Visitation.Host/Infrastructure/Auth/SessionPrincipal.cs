using System.Security.Claims;
using Microsoft.AspNetCore.Authentication.Cookies;
using Visitation.Host.Features.Kommuner;
using Visitation.Host.Features.Users;
using Visitation.Host.Infrastructure.Tenancy;

namespace Visitation.Host.Infrastructure.Auth;

/// <summary>The claims of the host's own session cookie, whichever way the user signed in.</summary>
public static class SessionPrincipal
{
    public static ClaimsPrincipal For(User user, Kommune? kommune)
    {
        var claims = new List<Claim>
        {
            new(VisitationClaims.UserId, user.Id.ToString()),
            new(VisitationClaims.UserName, user.UserName),
            new(VisitationClaims.DisplayName, user.DisplayName),
        };
        if (kommune is not null)
        {
            claims.Add(new(VisitationClaims.KommuneId, kommune.Id.ToString()));
            claims.Add(new(VisitationClaims.KommuneCode, kommune.Code));
        }
        if (user.ProviderId is { } providerId && user.HasRole(Roles.Leverandoer)) claims.Add(new(VisitationClaims.ProviderId, providerId.ToString()));
        claims.AddRange(user.Roles.Select(role => new Claim(VisitationClaims.Role, role)));
        if (user.IsInstallationAdministrator) claims.Add(new(VisitationClaims.Role, Roles.InstallationAdministrator));
        var identity = new ClaimsIdentity(claims, CookieAuthenticationDefaults.AuthenticationScheme, VisitationClaims.UserName, VisitationClaims.Role);
        return new ClaimsPrincipal(identity);
    }
}
