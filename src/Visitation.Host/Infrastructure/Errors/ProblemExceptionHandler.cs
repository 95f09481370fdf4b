using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics;

namespace Visitation.Host.Infrastructure.Errors;

/// <summary>
/// Turns every exception that leaves an endpoint into ProblemDetails. Known request errors keep their
/// status; anything else is a 500 whose body names only a log id, never the exception's text.
/// </summary>
public sealed class ProblemExceptionHandler(ILogger<ProblemExceptionHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext http, Exception exception, CancellationToken cancellationToken)
    {
        switch (exception)
        {
            case RequestException request:
                await ProblemResponses.WriteAsync(http, request.Status, request.Errors);
                return true;
            case BadHttpRequestException { InnerException: Features.Sager.CprFormatException cpr }:
                await ProblemResponses.WriteAsync(http, 400, [ErrorMessages.Error(JsonPointer.FromJsonPath(cpr.Path), "cpr.invalid")]);
                return true;
            case BadHttpRequestException { InnerException: ControlCharacterException text }:
                await ProblemResponses.WriteAsync(http, 400, [ErrorMessages.Error(JsonPointer.FromJsonPath(text.Path), "text.controlCharacter")]);
                return true;
            case BadHttpRequestException { InnerException: JsonException duplicate } when duplicate.Message.Contains("uplicate", StringComparison.Ordinal):
                await ProblemResponses.WriteAsync(http, 400, [ErrorMessages.Error(JsonPointer.FromJsonPath(duplicate.Path), "body.duplicateProperty")]);
                return true;
            case BadHttpRequestException { InnerException: JsonException json }:
                await ProblemResponses.WriteAsync(http, 400, [ErrorMessages.Error(JsonPointer.FromJsonPath(json.Path), "body.invalidJson", JsonPointer.FromJsonPath(json.Path))]);
                return true;
            case BadHttpRequestException { StatusCode: StatusCodes.Status413PayloadTooLarge }:
                await ProblemResponses.WriteAsync(http, StatusCodes.Status413PayloadTooLarge, "body.tooLarge",
                    http.Features.Get<Microsoft.AspNetCore.Http.Features.IHttpMaxRequestBodySizeFeature>()?.MaxRequestBodySize ?? 0);
                return true;
            case BadHttpRequestException bad when bad.Message.Contains("body", StringComparison.OrdinalIgnoreCase):
                await ProblemResponses.WriteAsync(http, 400, "body.missing");
                return true;
            case BadHttpRequestException bad:
                await ProblemResponses.WriteAsync(http, bad.StatusCode, [new ProblemError("", "request.invalid", ProblemResponses.Title(bad.StatusCode))]);
                return true;
            case var _ when Workflows.WorkflowExceptionMapping.Map(exception) is { } mapped:
                await ProblemResponses.WriteAsync(http, mapped.Status, mapped.Errors);
                return true;
            default:
                logger.LogError(exception, "Unhandled {ExceptionType} on {Method} {Endpoint}", exception.GetType().Name, http.Request.Method, http.GetEndpoint()?.DisplayName);
                await ProblemResponses.WriteAsync(http, 500, "server.error", http.TraceIdentifier);
                return true;
        }
    }
}
