using Microsoft.EntityFrameworkCore;
using Visitation.Host.Infrastructure.Persistence;

namespace Visitation.Host.Features.Beskeder;

/// <summary>
/// Delivers the outbox, on any number of nodes. A node claims a due message with a conditional update (pending, due, and
/// not claimed or its claim run out), so two nodes never hold the same message; it delivers it through its channel and
/// marks it delivered with the time. A failure counts an attempt and waits an exponentially growing back-off, and after
/// <see cref="MessagingOptions.MaxAttempts"/> the message is a dead letter for an administrator. A node that dies while
/// holding a message lets it go when the claim runs out, and the message is delivered again: at least once. The Studio
/// channel's delivery and the mark commit together; an e-mail sent again keeps its Message-ID (see <see cref="EmailChannel"/>).
/// </summary>
public sealed class MessageDispatcher(IServiceScopeFactory scopes, IEnumerable<IMessageChannel> channels, MessagingOptions options, TimeProvider clock,
    ILogger<MessageDispatcher> logger)
{
    readonly Dictionary<MessageChannel, IMessageChannel> byChannel = channels.ToDictionary(c => c.Channel);

    /// <summary>Names this node in the claims it makes.</summary>
    public string NodeId { get; } = NewNodeId();

    static string NewNodeId()
    {
        var id = $"{Guid.NewGuid():N}/{Environment.ProcessId}/{Environment.MachineName}";
        return id.Length > 100 ? id[..100] : id;
    }

    /// <summary>Delivers the messages due now, up to a batch; returns how many were delivered.</summary>
    public async Task<int> DispatchOnceAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        List<Guid> due;
        await using (var scope = scopes.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<VisitationDbContext>();
            // The dispatcher delivers every municipality's messages from a background service, without a signed-in user.
            due = await db.OutboundMessages.IgnoreQueryFilters().AsNoTracking()
                .Where(m => m.Status == MessageStatus.Pending && m.NextAttemptAt <= now && (m.ClaimedUntil == null || m.ClaimedUntil < now))
                .OrderBy(m => m.NextAttemptAt).Select(m => m.Id).Take(options.BatchSize).ToListAsync(cancellationToken);
        }
        var delivered = 0;
        foreach (var id in due)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (await DeliverAsync(id, cancellationToken)) delivered++;
        }
        return delivered;
    }

    async Task<bool> DeliverAsync(Guid id, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<VisitationDbContext>();
        var now = clock.GetUtcNow();
        var until = now + options.ClaimDuration;
        var node = NodeId;
        // The dispatcher delivers every municipality's messages from a background service, without a signed-in user.
        var claimed = await db.OutboundMessages.IgnoreQueryFilters()
            .Where(m => m.Id == id && m.Status == MessageStatus.Pending && m.NextAttemptAt <= now && (m.ClaimedUntil == null || m.ClaimedUntil < now))
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.ClaimedBy, node).SetProperty(m => m.ClaimedUntil, until), cancellationToken);
        if (claimed != 1) return false;

        // The dispatcher delivers every municipality's messages from a background service, without a signed-in user.
        var message = await db.OutboundMessages.IgnoreQueryFilters().SingleAsync(m => m.Id == id, cancellationToken);
        try
        {
            if (!byChannel.TryGetValue(message.Channel, out var channel)) throw new InvalidOperationException($"No channel delivers {message.Channel} here.");
            await channel.DeliverAsync(message, db, now, cancellationToken);
        }
        catch (Exception error) when (error is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            db.ChangeTracker.Clear();
            await FailAsync(db, id, node, error, cancellationToken);
            return false;
        }
        message.Status = MessageStatus.Delivered;
        message.DeliveredAt = clock.GetUtcNow();
        message.Attempts++;
        message.ClaimedBy = null;
        message.ClaimedUntil = null;
        message.LastError = null;
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException) when (message.Channel == MessageChannel.Studio)
        {
            // Another node delivered it after this node's claim ran out; the unique message id kept the bell to one entry.
            db.ChangeTracker.Clear();
            // The dispatcher delivers every municipality's messages from a background service, without a signed-in user.
            await db.OutboundMessages.IgnoreQueryFilters().Where(m => m.Id == id && m.Status == MessageStatus.Pending)
                .ExecuteUpdateAsync(s => s.SetProperty(m => m.Status, MessageStatus.Delivered).SetProperty(m => m.DeliveredAt, now)
                    .SetProperty(m => m.ClaimedBy, (string?)null).SetProperty(m => m.ClaimedUntil, (DateTimeOffset?)null), cancellationToken);
        }
        logger.LogInformation("Delivered outbound message {MessageId} ({Kind}, {Channel})", id, message.Kind, message.Channel);
        return true;
    }

    async Task FailAsync(VisitationDbContext db, Guid id, string node, Exception error, CancellationToken cancellationToken)
    {
        // The dispatcher delivers every municipality's messages from a background service, without a signed-in user.
        var message = await db.OutboundMessages.IgnoreQueryFilters().SingleAsync(m => m.Id == id, cancellationToken);
        if (message.ClaimedBy != node) return;
        var now = clock.GetUtcNow();
        message.Attempts++;
        message.ClaimedBy = null;
        message.ClaimedUntil = null;
        // The channel's own words (an SMTP reply, a socket error); the message's subject and text are never part of them.
        message.LastError = Truncate($"{error.GetType().Name}: {error.Message}", 1000);
        if (message.Attempts >= options.MaxAttempts)
        {
            message.Status = MessageStatus.DeadLetter;
            logger.LogWarning("Outbound message {MessageId} ({Kind}, {Channel}) is a dead letter after {Attempts} attempts: {ErrorType}", id, message.Kind,
                message.Channel, message.Attempts, error.GetType().Name);
        }
        else
        {
            message.NextAttemptAt = now + Backoff(message.Attempts);
            logger.LogInformation("Outbound message {MessageId} ({Kind}, {Channel}) failed attempt {Attempts}; next at {NextAttemptAt}: {ErrorType}", id,
                message.Kind, message.Channel, message.Attempts, message.NextAttemptAt, error.GetType().Name);
        }
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>The wait after <paramref name="attempts"/> failed attempts: the first back-off, doubled each time, capped.</summary>
    public TimeSpan Backoff(int attempts)
    {
        var factor = Math.Pow(2, Math.Clamp(attempts - 1, 0, 30));
        var wait = TimeSpan.FromTicks((long)Math.Min(options.FirstBackoff.Ticks * factor, options.MaxBackoff.Ticks));
        return wait;
    }

    static string Truncate(string text, int length) => text.Length <= length ? text : text[..length];
}

/// <summary>Runs <see cref="MessageDispatcher"/> on this node every <see cref="MessagingOptions.PollInterval"/>.</summary>
public sealed class MessageDispatcherService(MessageDispatcher dispatcher, MessagingOptions options, TimeProvider clock, ILogger<MessageDispatcherService> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.DispatcherEnabled) return;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                while (await dispatcher.DispatchOnceAsync(stoppingToken) >= options.BatchSize) { }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception error)
            {
                logger.LogError("The message dispatcher failed a round: {ErrorType}", error.GetType().Name);
            }
            try
            {
                await Task.Delay(options.PollInterval, clock, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }
}
