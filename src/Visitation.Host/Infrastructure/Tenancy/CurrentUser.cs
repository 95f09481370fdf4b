using System.Security.Claims;

namespace Visitation.Host.Infrastructure.Tenancy;

/// <summary>The signed-in caller of the current request, read from the cookie's claims.</summary>
public sealed class CurrentUser(IHttpContextAccessor accessor)
{
    private ClaimsPrincipal? Principal => accessor.HttpContext?.User;

    public bool IsAuthenticated => Principal?.Identity?.IsAuthenticated == true;

    public Guid? UserId => ParseGuid(VisitationClaims.UserId);

    /// <summary>The caller's municipality; null for the installation administrator and for anonymous callers.</summary>
    public Guid? KommuneId => ParseGuid(VisitationClaims.KommuneId);

    /// <summary>The provider a provider's user answers for; null for everyone else.</summary>
    public Guid? ProviderId => ParseGuid(VisitationClaims.ProviderId);

    public string? UserName => Principal?.FindFirst(VisitationClaims.UserName)?.Value;

    public bool IsInRole(string role) => Principal?.IsInRole(role) == true;

    /// <summary>The caller's municipality, for use cases that only make sense inside one.</summary>
    public Guid RequireKommuneId() =>
        KommuneId ?? throw new InvalidOperationException("The caller belongs to no municipality; the endpoint's policy should have refused it.");

    /// <summary>The engine's tenant id for the caller's municipality.</summary>
    public string RequireTenantId() => RequireKommuneId().ToString();

    /// <summary>How the caller appears in journals: the user name, never a CPR number.</summary>
    public string Actor => UserName ?? "system";

    private Guid? ParseGuid(string claim) =>
        Guid.TryParse(Principal?.FindFirst(claim)?.Value, out var id) ? id : null;
}
