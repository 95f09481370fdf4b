using System.Diagnostics;
using Microsoft.AspNetCore.Mvc;

namespace Visitation.Host.Infrastructure.Errors;

/// <summary>Builds every error body in the one shape the Studio reads (D14).</summary>
public static class ProblemResponses
{
    private static readonly Dictionary<int, (string Da, string En)> Titles = new()
    {
        [400] = ("Forespørgslen er ugyldig", "The request is invalid"),
        [401] = ("Ikke logget ind", "Not signed in"),
        [403] = ("Ingen adgang", "Access denied"),
        [404] = ("Findes ikke", "Not found"),
        [405] = ("Metoden er ikke tilladt", "Method not allowed"),
        [409] = ("Konflikt med den nuværende tilstand", "Conflict with the current state"),
        [415] = ("Indholdstypen understøttes ikke", "Unsupported content type"),
        [422] = ("Forespørgslen kan ikke udføres", "The request cannot be carried out"),
        [413] = ("Forespørgslen er for stor", "The request is too large"),
        [429] = ("For mange forespørgsler", "Too many requests"),
        [500] = ("Uventet fejl", "Unexpected error"),
    };

    public static string Title(int status)
    {
        if (!Titles.TryGetValue(status, out var title)) return status.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return System.Globalization.CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en" ? title.En : title.Da;
    }

    public static ProblemDetails Create(HttpContext http, int status, IReadOnlyList<ProblemError> errors)
    {
        var problem = new ProblemDetails
        {
            Status = status,
            Title = Title(status),
            Type = $"https://httpstatuses.io/{status}",
            Detail = errors.Count > 0 ? errors[0].Message : null,
            Instance = http.Request.Path,
        };
        problem.Extensions["errors"] = errors;
        problem.Extensions["traceId"] = Activity.Current?.Id ?? http.TraceIdentifier;
        return problem;
    }

    public static Task WriteAsync(HttpContext http, int status, IReadOnlyList<ProblemError> errors)
    {
        http.Response.StatusCode = status;
        return http.Response.WriteAsJsonAsync(Create(http, status, errors), options: null, contentType: "application/problem+json");
    }

    public static Task WriteAsync(HttpContext http, int status, string code, params object[] args) =>
        WriteAsync(http, status, [ErrorMessages.Error("", code, args)]);
}
