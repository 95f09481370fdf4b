using Visitation.Host.Infrastructure.Persistence;

namespace Visitation.Host.Features.Beskeder;

/// <summary>Delivers to the recipient's bell in the Studio. The notification's unique message id keeps it to one.</summary>
public sealed class StudioChannel : IMessageChannel
{
    public MessageChannel Channel => MessageChannel.Studio;

    public Task DeliverAsync(OutboundMessage message, VisitationDbContext db, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (message.RecipientUserId is not { } userId) throw new InvalidOperationException("A Studio notification needs a recipient user.");
        db.Notifications.Add(new Notification
        {
            Id = Guid.NewGuid(),
            KommuneId = message.KommuneId,
            UserId = userId,
            MessageId = message.Id,
            Kind = message.Kind,
            Subject = message.Subject,
            BodyText = message.BodyText,
            SagId = message.SagId,
            Link = message.Link,
            CreatedAt = now,
        });
        return Task.CompletedTask;
    }
}
