using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Visitation.Host.Infrastructure.Errors;

namespace Visitation.Host.Infrastructure.Auth;

public static class AuthServiceCollectionExtensions
{
    public const string SessionCookieName = ".Visitation.Session";

    /// <summary>Cookie sessions, optional OpenID Connect, antiforgery and the named policies.</summary>
    public static IHostApplicationBuilder AddVisitationAuth(this IHostApplicationBuilder builder)
    {
        var options = builder.Configuration.GetSection(AuthOptions.Section).Get<AuthOptions>() ?? new AuthOptions();
        options.AlwaysSecureCookies = options.SecureCookies ?? !builder.Environment.IsDevelopment();
        builder.Services.AddSingleton(options);
        builder.Services.AddSingleton(options.Oidc);
        builder.Services.AddSingleton<OidcClaimMapper>();
        builder.Services.AddScoped<OidcUserProvisioner>();
        builder.Services.AddScoped<SessionStore>();

        var authentication = builder.Services
            .AddAuthentication(CookieAuthenticationDefaults.AuthenticationScheme)
            .AddCookie(cookie =>
            {
                cookie.Cookie.Name = SessionCookieName;
                cookie.Cookie.HttpOnly = true;
                cookie.Cookie.SameSite = SameSiteMode.Strict;
                cookie.Cookie.SecurePolicy = options.CookieSecurePolicy;
                // The session record on the server decides idleness to the minute; the cookie only carries the absolute end.
                cookie.ExpireTimeSpan = TimeSpan.FromHours(options.AbsoluteLifetimeHours);
                cookie.SlidingExpiration = false;
                cookie.Events.OnSigningIn = StartSessionAsync;
                cookie.Events.OnValidatePrincipal = ValidateSessionAsync;
                cookie.Events.OnRedirectToLogin = context => ProblemResponses.WriteAsync(context.HttpContext, 401, "auth.required");
                cookie.Events.OnRedirectToAccessDenied = context => ProblemResponses.WriteAsync(context.HttpContext, 403, "auth.forbidden");
            });

        if (options.Oidc.Enabled) AddOpenIdConnect(authentication, options.Oidc);

        SignInRateLimits.AddSignInRateLimits(builder.Services, options);
        builder.Services.AddAuthorization(AuthPolicies.Configure);
        builder.Services.AddAntiforgery(antiforgery =>
        {
            antiforgery.HeaderName = XsrfTokens.HeaderName;
            antiforgery.Cookie.Name = ".Visitation.Antiforgery";
            antiforgery.Cookie.SameSite = SameSiteMode.Strict;
            // Antiforgery refuses to issue an Always-Secure cookie on a plain-HTTP request; this cookie is worth nothing
            // without the session cookie, which is Secure outside Development whatever the scheme.
            antiforgery.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        });
        return builder;
    }

    /// <summary>Every sign-in, by password or through the identity provider, gets a session record named in the cookie.</summary>
    private static async Task StartSessionAsync(CookieSigningInContext context)
    {
        if (context.Principal?.Identity is not System.Security.Claims.ClaimsIdentity identity
            || !Guid.TryParse(identity.FindFirst(Tenancy.VisitationClaims.UserId)?.Value, out var userId)) return;
        var sessions = context.HttpContext.RequestServices.GetRequiredService<SessionStore>();
        var sessionId = await sessions.StartAsync(userId, context.HttpContext.RequestAborted);
        identity.AddClaim(new System.Security.Claims.Claim(SessionStore.SessionClaim, sessionId.ToString()));
    }

    private static async Task ValidateSessionAsync(CookieValidatePrincipalContext context)
    {
        var sessionId = SessionStore.SessionId(context.Principal);
        var valid = sessionId is { } id
                    && Guid.TryParse(context.Principal!.FindFirst(Tenancy.VisitationClaims.UserId)?.Value, out var userId)
                    && await context.HttpContext.RequestServices.GetRequiredService<SessionStore>().ValidateAsync(id, userId, context.HttpContext.RequestAborted);
        if (valid) return;
        context.RejectPrincipal();
        await context.HttpContext.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
    }

    private static void AddOpenIdConnect(Microsoft.AspNetCore.Authentication.AuthenticationBuilder authentication, OidcOptions oidc)
    {
        authentication.AddOpenIdConnect(OpenIdConnectDefaults.AuthenticationScheme, options =>
        {
            options.SignInScheme = CookieAuthenticationDefaults.AuthenticationScheme;
            options.Authority = oidc.Authority;
            options.ClientId = oidc.ClientId;
            options.ClientSecret = oidc.ClientSecret;
            options.CallbackPath = oidc.CallbackPath;
            options.ResponseType = "code";
            options.UsePkce = true;
            options.SaveTokens = false;
            options.MapInboundClaims = false;
            options.Scope.Clear();
            foreach (var scope in oidc.Scopes) options.Scope.Add(scope);
            options.Events.OnTokenValidated = async context =>
            {
                var services = context.HttpContext.RequestServices;
                var identity = services.GetRequiredService<OidcClaimMapper>().Map(context.Principal!);
                var principal = identity is null ? null
                    : await services.GetRequiredService<OidcUserProvisioner>().SignInAsync(identity, context.HttpContext.RequestAborted);
                if (principal is null)
                {
                    context.Fail("The identity provider's claims name no known municipality or no Visitation role.");
                    return;
                }
                context.Principal = principal;
            };
        });
    }
}
