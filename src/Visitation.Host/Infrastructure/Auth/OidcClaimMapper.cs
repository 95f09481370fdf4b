using System.Security.Claims;
using Visitation.Host.Infrastructure.Tenancy;

namespace Visitation.Host.Infrastructure.Auth;

/// <summary>What an identity provider's claims say about a person, in Visitation's terms.</summary>
public sealed record ExternalIdentity(string Subject, string DisplayName, string KommuneCode, IReadOnlyList<string> Roles);

/// <summary>
/// Translates the identity provider's claims with the configured claim names and role map. A person
/// without a municipality or without any mapped role is refused rather than let in with no rights.
/// </summary>
public sealed class OidcClaimMapper(OidcOptions options)
{
    public ExternalIdentity? Map(ClaimsPrincipal principal)
    {
        var subject = principal.FindFirst(options.SubjectClaim)?.Value ?? principal.FindFirst(ClaimTypes.NameIdentifier)?.Value;
        var kommune = principal.FindFirst(options.KommuneClaim)?.Value ?? options.DefaultKommuneCode;
        if (string.IsNullOrWhiteSpace(subject) || string.IsNullOrWhiteSpace(kommune)) return null;

        var roles = principal.FindAll(options.RolesClaim).Concat(principal.FindAll(ClaimTypes.Role))
            .Select(claim => options.RoleMap.TryGetValue(claim.Value, out var mapped) ? mapped : claim.Value)
            .Where(role => Roles.MunicipalityRoles.Contains(role))
            .Distinct()
            .ToList();
        if (roles.Count == 0) return null;

        var name = principal.FindFirst(options.NameClaim)?.Value ?? subject;
        return new ExternalIdentity(subject, name, kommune.Trim(), roles);
    }
}
