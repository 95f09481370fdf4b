namespace Visitation.Host.Infrastructure.Tenancy;

/// <summary>Claim types the host puts into its own sign-in cookie.</summary>
public static class VisitationClaims
{
    public const string UserId = "sub";
    public const string UserName = "name";
    public const string DisplayName = "display_name";
    public const string KommuneId = "kommune_id";
    public const string KommuneCode = "kommune_code";
    public const string Role = "role";
    public const string ProviderId = "provider_id";
}
