using Serilog.Events;

namespace Visitation.Host.Infrastructure.Hosting;

/// <summary>
/// The level of each request's one log line, from the status the client got: a server fault is an Error, refused
/// access (401, 403, too many attempts) a Warning for whoever watches for attacks, and the
/// client's own mistakes (invalid input, not found, conflicts) Information, since they are answered as designed.
/// </summary>
public static class RequestLogLevels
{
    public static LogEventLevel For(HttpContext http, double elapsedMilliseconds, Exception? exception) =>
        exception is not null || http.Response.StatusCode >= 500 ? LogEventLevel.Error
        : http.Response.StatusCode is 401 or 403 or 429 ? LogEventLevel.Warning
        : LogEventLevel.Information;
}
