namespace Visitation.Host.Infrastructure.Auth;

/// <summary>Configuration section <c>Auth</c>.</summary>
public sealed class AuthOptions
{
    public const string Section = "Auth";

    /// <summary>A session ends after this many minutes without a request.</summary>
    public int IdleTimeoutMinutes { get; set; } = 30;

    /// <summary>A session ends this many hours after sign-in however active it is (a working day and a bit).</summary>
    public int AbsoluteLifetimeHours { get; set; } = 12;

    /// <summary>Wrong passwords in a row before the account is locked; no more guesses than this are ever checked.</summary>
    public int MaxFailedAttempts { get; set; } = 5;

    /// <summary>How long a locked account refuses every password; an administrator can unlock it at once.</summary>
    public int LockoutMinutes { get; set; } = 15;

    public SignInLimits SignInLimits { get; set; } = new();

    /// <summary>
    /// Whether cookies carry <c>Secure</c> whatever the request's scheme (TLS usually ends at a proxy). Unset means
    /// yes outside Development; set false only where browsers reach the host over plain HTTP on purpose.
    /// </summary>
    public bool? SecureCookies { get; set; }

    /// <summary>Resolved at start-up from <see cref="SecureCookies"/> and the environment.</summary>
    public bool AlwaysSecureCookies { get; set; }

    public CookieSecurePolicy CookieSecurePolicy => AlwaysSecureCookies ? CookieSecurePolicy.Always : CookieSecurePolicy.SameAsRequest;

    public bool SecureCookiesFor(HttpContext http) => AlwaysSecureCookies || http.Request.IsHttps;

    public OidcOptions Oidc { get; set; } = new();
}

/// <summary>Sign-in attempts allowed per minute, from one client address and against one account, before 429.</summary>
public sealed class SignInLimits
{
    public int PerClientPerMinute { get; set; } = 30;

    public int PerAccountPerMinute { get; set; } = 10;
}

/// <summary>
/// Sign-in through the municipality's identity provider. Off while <see cref="Authority"/> is empty.
/// The claim names and the role map translate the provider's claims into a municipality and roles.
/// </summary>
public sealed class OidcOptions
{
    public string? Authority { get; set; }
    public string? ClientId { get; set; }
    public string? ClientSecret { get; set; }
    public string CallbackPath { get; set; } = "/signin-oidc";
    public string[] Scopes { get; set; } = ["openid", "profile"];

    /// <summary>Claim holding the municipality code (e.g. "0101"). Falls back to <see cref="DefaultKommuneCode"/>.</summary>
    public string KommuneClaim { get; set; } = "kommune";

    /// <summary>For an identity provider that serves one municipality only.</summary>
    public string? DefaultKommuneCode { get; set; }

    public string RolesClaim { get; set; } = "roles";
    public string SubjectClaim { get; set; } = "sub";
    public string NameClaim { get; set; } = "name";

    /// <summary>Provider role value → Visitation role (Procesdesigner, Raadgiver, Leder, Oekonomi, Administrator).</summary>
    public Dictionary<string, string> RoleMap { get; set; } = new(StringComparer.OrdinalIgnoreCase);

    public bool Enabled => !string.IsNullOrWhiteSpace(Authority);
}
