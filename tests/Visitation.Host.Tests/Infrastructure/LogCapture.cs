using System.Collections.Concurrent;
using System.Globalization;
using Serilog.Core;
using Serilog.Events;

namespace Visitation.Host.Tests.Infrastructure;

/// <summary>
/// Every log event a host writes, rendered with its exception and all its properties, so a test can assert that
/// nothing personal reached the log by any route. Register it as the host's <see cref="ILogEventSink"/>.
/// </summary>
public sealed class LogCapture : ILogEventSink
{
    public ConcurrentQueue<string> Lines { get; } = new();

    /// <summary>The events themselves, for tests that look at levels and exceptions.</summary>
    public ConcurrentQueue<LogEvent> Events { get; } = new();

    public void Emit(LogEvent logEvent)
    {
        Events.Enqueue(logEvent);
        Lines.Enqueue(logEvent.RenderMessage(CultureInfo.InvariantCulture) + " " + logEvent.Exception + " "
                      + string.Join(" ", logEvent.Properties.Select(p => p.Value.ToString())));
    }
}
