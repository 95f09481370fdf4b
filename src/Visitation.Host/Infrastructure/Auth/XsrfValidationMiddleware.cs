using Microsoft.AspNetCore.Antiforgery;
using Visitation.Host.Infrastructure.Errors;

namespace Visitation.Host.Infrastructure.Auth;

/// <summary>
/// Refuses every state-changing /api request of a signed-in user that lacks a valid antiforgery token.
/// Sign-in itself is exempt (there is no session to ride on yet); anonymous requests are left to
/// authorization, which answers 401.
/// </summary>
public sealed class XsrfValidationMiddleware(RequestDelegate next, IAntiforgery antiforgery)
{
    private static readonly PathString Api = "/api";
    private static readonly PathString SignIn = "/api/auth/login";

    public async Task InvokeAsync(HttpContext http)
    {
        if (RequiresToken(http.Request) && http.User.Identity?.IsAuthenticated == true)
        {
            try
            {
                await antiforgery.ValidateRequestAsync(http);
            }
            catch (AntiforgeryValidationException)
            {
                await ProblemResponses.WriteAsync(http, StatusCodes.Status400BadRequest, "antiforgery.invalid");
                return;
            }
        }
        await next(http);
    }

    private static bool RequiresToken(HttpRequest request) =>
        request.Path.StartsWithSegments(Api)
        && !request.Path.StartsWithSegments(SignIn)
        && !(HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method) || HttpMethods.IsOptions(request.Method));
}
