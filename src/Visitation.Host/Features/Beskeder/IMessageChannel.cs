using Visitation.Host.Infrastructure.Persistence;

namespace Visitation.Host.Features.Beskeder;

/// <summary>
/// Delivers one claimed message. A channel that writes to the database adds its rows to the given context, and the
/// dispatcher saves them with the message's delivered mark in one transaction; a channel that talks to another system
/// (SMTP, Digital Post) has done so when the returned task completes. Throwing means not delivered: the message is tried again.
/// </summary>
public interface IMessageChannel
{
    MessageChannel Channel { get; }

    Task DeliverAsync(OutboundMessage message, VisitationDbContext db, DateTimeOffset now, CancellationToken cancellationToken);
}
