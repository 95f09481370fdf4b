using Mediator;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.AspNetCore.Http.HttpResults;
using Visitation.Host.Features.Kommuner;
using Visitation.Host.Features.Users;
using Visitation.Host.Infrastructure.Auth;
using Visitation.Host.Infrastructure.Errors;
using Visitation.Host.Infrastructure.Hosting;
using Visitation.Host.Infrastructure.Tenancy;

namespace Visitation.Host.Features.Auth;

public static class AuthEndpoints
{
    public sealed record LoginRequest(string? Username, string? Password);

    public sealed record SignInProviders(bool Oidc);

    /// <summary>A user name and a password fit many times over; the anonymous endpoint reads no more than this.</summary>
    public const long SignInBodyLimit = 4 * 1024;

    public static RouteGroupBuilder MapAuthApi(this RouteGroupBuilder api)
    {
        var auth = api.MapGroup("/auth").WithTags("Auth");

        auth.MapPost("/login", async (LoginRequest body, ISender sender, HttpContext http, IAntiforgery antiforgery, SignInRateLimits limits, ILoggerFactory loggers) =>
        {
            var command = new SignIn.Command(body.Username, body.Password);
            if (!string.IsNullOrWhiteSpace(body.Username) && limits.TryAccount(command.NormalisedUserName) is { } retryAfter)
            {
                await SignInRateLimits.WriteTooManyAsync(http, retryAfter);
                return;
            }
            var result = await sender.Send(command, http.RequestAborted);
            var principal = SessionPrincipal.For(result.User, result.Kommune);
            await http.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, principal);
            http.User = principal;
            XsrfTokens.Issue(http, antiforgery);
            loggers.CreateLogger("Visitation.Auth").LogInformation("User {UserId} signed in", result.User.Id);
            await http.Response.WriteAsJsonAsync(ToSessionUser(result.User, result.Kommune));
        })
        .AllowAnonymous()
        .RequireRateLimiting(SignInRateLimits.ClientPolicy)
        .WithBodySizeLimit(SignInBodyLimit)
        .WithSummary("Sign in with user name and password")
        .WithDescription("Sets the session cookie and the readable XSRF-TOKEN cookie whose value every later state-changing request echoes in the X-XSRF-TOKEN header. "
            + "401 alike for an unknown user, a wrong password and a locked account; 429 with Retry-After when one client or one account tries too often; 413 above 4 kB.")
        .Produces<SessionUser>()
        .ProducesProblem(400).ProducesProblem(401).ProducesProblem(413).ProducesProblem(429);

        auth.MapPost("/logout", async (HttpContext http, SessionStore sessions) =>
        {
            if (SessionStore.SessionId(http.User) is { } sessionId) await sessions.EndAsync(sessionId, "signedOut", http.RequestAborted);
            await http.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
            XsrfTokens.Clear(http);
            return TypedResults.NoContent();
        })
        .RequireAuthorization()
        .WithSummary("Sign out")
        .WithDescription("Ends the session on the server: the cookie, wherever it was copied to, opens nothing afterwards.")
        .ProducesProblem(400).ProducesProblem(401);

        auth.MapGet("/me", async Task<Results<Ok<SessionUser>, ProblemHttpResult>> (ISender sender, HttpContext http, IAntiforgery antiforgery) =>
        {
            var user = await sender.Send(new GetSession.Query(), http.RequestAborted);
            if (user is null)
            {
                await http.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
                return TypedResults.Problem(ProblemResponses.Create(http, 401, [ErrorMessages.Error("", "auth.required")]));
            }
            XsrfTokens.Issue(http, antiforgery);
            return TypedResults.Ok(user);
        })
        .RequireAuthorization()
        .WithSummary("The signed-in user, roles and municipality")
        .WithDescription("Also renews the XSRF-TOKEN cookie.")
        .ProducesProblem(401);

        auth.MapGet("/providers", (OidcOptions oidc) => TypedResults.Ok(new SignInProviders(oidc.Enabled)))
            .AllowAnonymous()
            .WithSummary("Which ways of signing in this installation offers")
            .WithDescription("oidc is true when sign-in through the municipality's identity provider is configured; start it at /api/auth/oidc/login?returnTo=...");

        auth.MapGet("/oidc/login", (string? returnTo, OidcOptions oidc) =>
            oidc.Enabled
                ? Results.Challenge(new AuthenticationProperties { RedirectUri = SafeReturnPath(returnTo) }, [OpenIdConnectDefaults.AuthenticationScheme])
                : Results.NotFound())
        .AllowAnonymous()
        .WithSummary("Start sign-in through the municipality's identity provider (when configured)")
        .ProducesProblem(404);

        return api;
    }

    public static SessionUser ToSessionUser(User user, Kommune? kommune)
    {
        var roles = user.IsInstallationAdministrator ? [.. user.Roles, Roles.InstallationAdministrator] : user.Roles;
        return new SessionUser(user.UserName, user.DisplayName, roles, kommune?.Code, kommune?.Name, user.HasRole(Roles.Leverandoer) ? user.ProviderId : null);
    }

    /// <summary>Only local paths, so the sign-in round trip cannot be used to redirect elsewhere.</summary>
    private static string SafeReturnPath(string? returnTo) =>
        returnTo is { Length: > 0 } && returnTo.StartsWith('/') && !returnTo.StartsWith("//") && !returnTo.Contains('\\') ? returnTo : "/";
}
