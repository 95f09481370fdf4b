namespace Visitation.Host.Features.Auth;

/// <summary>Who is signed in, as the Studio shows it.</summary>
public sealed record SessionUser(
    string Username,
    string DisplayName,
    IReadOnlyList<string> Roles,
    string? KommuneCode,
    string? KommuneName);
