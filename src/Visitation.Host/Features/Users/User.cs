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

    /// <summary>Where e-mail notifications go; none means the user gets them in the Studio only.</summary>
    public string? Email { get; set; }

    public List<string> Roles { get; set; } = [];

    public bool IsInstallationAdministrator { get; set; }

    public bool IsActive { get; set; } = true;

    public int FailedSignInCount { get; set; }

    public DateTimeOffset? LockedOutUntil { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset? LastSignInAt { get; set; }

    /// <summary>The user's team in the municipality's organisation, if any.</summary>
    public Guid? TeamId { get; set; }

    /// <summary>Job title as the municipality writes it, e.g. "Socialrådgiver".</summary>
    public string? Title { get; set; }

    /// <summary>The codes of the competence levels the user holds (<c>teamleder</c>, <c>faglig-koordinator</c>).</summary>
    public List<string> Kompetenceniveauer { get; set; } = [];

    /// <summary>Counts as experienced where a competence plan gives experienced caseworkers more competence.</summary>
    public bool IsExperienced { get; set; }

    /// <summary>Who acts for the user (stedfortræder) while absent.</summary>
    public Guid? SubstituteId { get; set; }

    /// <summary>Start of an absence; with <see cref="AbsentTo"/> the period in which the substitute acts.</summary>
    public DateTimeOffset? AbsentFrom { get; set; }

    public DateTimeOffset? AbsentTo { get; set; }

    /// <summary>For a provider's user (role <c>Leverandoer</c>): the provider of the catalogue the user answers orders for.</summary>
    public Guid? ProviderId { get; set; }

    public bool HasRole(string role) => Roles.Contains(role);

    public bool IsAbsentAt(DateTimeOffset instant) =>
        AbsentFrom is { } from && instant >= from && (AbsentTo is not { } to || instant < to);
}
