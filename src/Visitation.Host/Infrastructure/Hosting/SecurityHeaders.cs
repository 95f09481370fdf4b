namespace Visitation.Host.Infrastructure.Hosting;

/// <summary>
/// Headers on every answer, pages and API alike: scripts only from the host's own files (the Studio's build has no
/// inline script), no framing, no type sniffing and no referrer leaving with a case's address, and no API answer kept in a cache.
/// </summary>
public static class SecurityHeaders
{
    // Inline style attributes stay allowed: the designer's canvas and Swagger UI position elements with them. Scripts
    // come only from the host's files, but may compile code: the task forms' JSON-Schema validator (ajv) turns each
    // task's schema into a function at run time. No inline script is allowed.
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self' 'unsafe-eval'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; "
        + "connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) => app.Use((http, next) =>
    {
        http.Response.OnStarting(() =>
        {
            var headers = http.Response.Headers;
            headers.ContentSecurityPolicy = ContentSecurityPolicy;
            headers.XContentTypeOptions = "nosniff";
            headers["Referrer-Policy"] = "no-referrer";
            headers.XFrameOptions = "DENY";
            // Case data and documents stay out of browser and proxy caches.
            if (http.Request.Path.StartsWithSegments("/api")) headers.CacheControl = "no-store";
            return Task.CompletedTask;
        });
        return next(http);
    });
}
