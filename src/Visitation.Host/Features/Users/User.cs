using Visitation.Host.Infrastructure.Tenancy;

namespace Visitation.Host.Features.Users;

/// <summary>A person who signs in. Belongs to one municipality, except the installation administrator.</summary>
public sealed class User
{
    public Guid Id { get; set; }

    /// <summary>Null only for installation administrators, who manage municipalities but see no case data.</summary>
    public Guid? KommuneId { get; set; }

    /// <summary>Stored in lower case; sign-in compares case-insensitively.</summary>
    public required string UserName { get; set; }

    public required string DisplayName { get; set; }

    /// <summary>Identity's PBKDF2 hash; null for users who sign in only through the municipality's identity provider.</summary>
    public string? PasswordHash { get; set; }

    /// <summary>The subject of the municipality's identity provider, for OpenID Connect sign-in.</summary>
    public string? ExternalSubject { get; set; }

    public List<string> Roles { get; set; } = [];

    public bool IsInstallationAdministrator { get; set; }

    public bool IsActive { get; set; } = true;

    public int FailedSignInCount { get; set; }

    public DateTimeOffset? LockedOutUntil { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset? LastSignInAt { get; set; }

    public bool HasRole(string role) => Roles.Contains(role);
}
