using System.Buffers;
using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using MimeKit;
using SmtpServer;
using SmtpServer.Protocol;
using SmtpServer.Storage;

namespace Visitation.Host.Tests.Beskeder;

/// <summary>
/// A real SMTP server on a free loopback port, in the test process. It keeps every mail it accepts; while
/// <see cref="RefuseNext"/> is above zero it refuses that many mails with a 554 transaction failure.
/// </summary>
public sealed class TestSmtpServer : IAsyncDisposable
{
    readonly CancellationTokenSource stop = new();
    readonly Task running;

    public TestSmtpServer()
    {
        var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        Port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        var options = new SmtpServerOptionsBuilder().ServerName("localhost")
            .Endpoint(e => e.Endpoint(new IPEndPoint(IPAddress.Loopback, Port))).Build();
        var services = new SmtpServer.ComponentModel.ServiceProvider();
        services.Add(new Store(this));
        running = new SmtpServer.SmtpServer(options, services).StartAsync(stop.Token);
    }

    public int Port { get; }

    public ConcurrentQueue<MimeMessage> Received { get; } = new();

    int refuseNext;

    public int RefuseNext
    {
        get => Volatile.Read(ref refuseNext);
        set => Volatile.Write(ref refuseNext, value);
    }

    public int Refused;

    public IReadOnlyDictionary<string, string?> Settings(int maxAttempts = 3) => new Dictionary<string, string?>
    {
        ["Messages:DispatcherEnabled"] = "false",
        ["Messages:Smtp:Host"] = "127.0.0.1",
        ["Messages:Smtp:Port"] = Port.ToString(),
        ["Messages:Smtp:Security"] = "None",
        ["Messages:Smtp:From"] = "visitation@demo-nord.example",
        ["Messages:Smtp:Timeout"] = "00:00:10",
        ["Messages:StudioBaseUrl"] = "https://visitation.demo-nord.example",
        ["Messages:MaxAttempts"] = maxAttempts.ToString(),
        ["Messages:FirstBackoff"] = "00:00:10",
    };

    public async ValueTask DisposeAsync()
    {
        await stop.CancelAsync();
        try { await running; } catch (OperationCanceledException) { }
        stop.Dispose();
    }

    sealed class Store(TestSmtpServer server) : MessageStore
    {
        public override async Task<SmtpResponse> SaveAsync(ISessionContext context, IMessageTransaction transaction, ReadOnlySequence<byte> buffer,
            CancellationToken cancellationToken)
        {
            if (Interlocked.Decrement(ref server.refuseNext) >= 0)
            {
                Interlocked.Increment(ref server.Refused);
                return new SmtpResponse(SmtpReplyCode.TransactionFailed, "refused by the test");
            }
            Interlocked.Exchange(ref server.refuseNext, 0);
            await using var stream = new MemoryStream(buffer.ToArray());
            server.Received.Enqueue(await MimeMessage.LoadAsync(stream, cancellationToken));
            return SmtpResponse.Ok;
        }
    }
}
