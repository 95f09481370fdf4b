using Microsoft.AspNetCore.Antiforgery;

namespace Visitation.Host.Infrastructure.Auth;

/// <summary>
/// Double-submit antiforgery for the JSON API: the readable cookie <c>XSRF-TOKEN</c> carries a request
/// token that the Studio echoes in <c>X-XSRF-TOKEN</c>; ASP.NET Core's antiforgery checks it against its own
/// HttpOnly cookie and the signed-in user.
/// </summary>
public static class XsrfTokens
{
    public const string CookieName = "XSRF-TOKEN";
    public const string HeaderName = "X-XSRF-TOKEN";

    public static void Issue(HttpContext http, IAntiforgery antiforgery)
    {
        var tokens = antiforgery.GetAndStoreTokens(http);
        var secure = http.RequestServices.GetRequiredService<AuthOptions>().SecureCookiesFor(http);
        http.Response.Cookies.Append(CookieName, tokens.RequestToken!, new CookieOptions
        {
            HttpOnly = false,
            SameSite = SameSiteMode.Strict,
            Secure = secure,
            Path = "/",
        });
    }

    public static void Clear(HttpContext http) => http.Response.Cookies.Delete(CookieName, new CookieOptions { Path = "/" });
}
