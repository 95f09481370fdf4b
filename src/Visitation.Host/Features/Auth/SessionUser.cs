namespace Visitation.Host.Features.Auth;

/// <summary>Who is signed in, as the Studio shows it; a provider's user also names its provider.</summary>
public sealed record SessionUser(
    string Username,
    string DisplayName,
    IReadOnlyList<string> Roles,
    string? KommuneCode,
    string? KommuneName,
    Guid? ProviderId = null);
