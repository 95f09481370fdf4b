using Visitation.Host.Infrastructure.Errors;

namespace Visitation.Host.Infrastructure.OpenApi;

/// <summary>Outside Development the API's description is for signed-in users only: it maps every operation an attacker could try.</summary>
public static class SwaggerAccess
{
    private static readonly PathString Swagger = "/swagger";

    public static IApplicationBuilder UseSwaggerSignInRequirement(this IApplicationBuilder app) => app.Use(async (http, next) =>
    {
        if (http.Request.Path.StartsWithSegments(Swagger) && http.User.Identity?.IsAuthenticated != true)
        {
            await ProblemResponses.WriteAsync(http, StatusCodes.Status401Unauthorized, "auth.required");
            return;
        }
        await next(http);
    });
}
