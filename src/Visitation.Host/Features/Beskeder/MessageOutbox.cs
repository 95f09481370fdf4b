using Microsoft.EntityFrameworkCore;
using Visitation.Host.Infrastructure.Persistence;

namespace Visitation.Host.Features.Beskeder;

/// <summary>
/// Puts messages in the outbox on the caller's context: they are saved with the caller's own changes, in the caller's
/// transaction, and delivered by <see cref="MessageDispatcher"/> once that commits. A message whose key is already in the
/// outbox (saved or pending on the context) is left out, so enqueuing again after a replay adds nothing.
/// </summary>
public sealed class MessageOutbox(MessagingOptions options)
{
    /// <summary>
    /// A duty's message to users of the municipality: to each active user's bell in the Studio, and by e-mail to those with an
    /// address when the installation sends e-mail. Returns the messages added.
    /// </summary>
    public async Task<IReadOnlyList<OutboundMessage>> EnqueueAsync(VisitationDbContext db, DutyMessage message, DateTimeOffset now, CancellationToken cancellationToken)
    {
        // Keys and recipients are checked across the outbox: it is also filled by the flows' steps and jobs; the query names the municipality where it matters.
        var users = await db.Users.IgnoreQueryFilters().AsNoTracking()
            .Where(u => u.KommuneId == message.MunicipalityId && u.IsActive && message.RecipientUserIds.Contains(u.Id))
            .Select(u => new { u.Id, u.Email }).ToListAsync(cancellationToken);
        var link = message.CaseId is { } sagId ? $"/sager/{sagId}" : null;
        var messages = new List<OutboundMessage>();
        foreach (var user in users.OrderBy(u => u.Id))
        {
            messages.Add(New(message.MunicipalityId, $"{message.DedupKey}/{user.Id:N}/studio", MessageKind.Duty, MessageChannel.Studio, user.Id, null,
                message.Subject, message.BodyText, message.CaseId, link, now));
            if (options.Smtp.Enabled && !string.IsNullOrWhiteSpace(user.Email))
                messages.Add(New(message.MunicipalityId, $"{message.DedupKey}/{user.Id:N}/email", MessageKind.Duty, MessageChannel.Email, user.Id, user.Email,
                    message.Subject, message.BodyText, message.CaseId, link, now));
        }
        return await AddNewAsync(db, messages, cancellationToken);
    }

    /// <summary>
    /// Any message built by the caller (a receipt to a professional, a letter); its key decides whether it is new. E-mail is
    /// left out while the installation sends none, unless it is already a dead letter the administrator should see.
    /// </summary>
    public async Task<IReadOnlyList<OutboundMessage>> EnqueueAsync(VisitationDbContext db, IReadOnlyList<OutboundMessage> messages, CancellationToken cancellationToken) =>
        await AddNewAsync(db, messages.Where(m => m.Channel != MessageChannel.Email || options.Smtp.Enabled || m.Status == MessageStatus.DeadLetter).ToList(), cancellationToken);

    public static OutboundMessage New(Guid kommuneId, string dedupKey, MessageKind kind, MessageChannel channel, Guid? userId, string? address, string subject,
        string body, Guid? sagId, string? link, DateTimeOffset now) => new()
    {
        Id = Guid.NewGuid(),
        KommuneId = kommuneId,
        DedupKey = dedupKey,
        Kind = kind,
        Channel = channel,
        RecipientUserId = userId,
        RecipientAddress = address,
        Subject = subject,
        BodyText = body,
        SagId = sagId,
        Link = link,
        Status = MessageStatus.Pending,
        CreatedAt = now,
        NextAttemptAt = now,
    };

    static async Task<IReadOnlyList<OutboundMessage>> AddNewAsync(VisitationDbContext db, List<OutboundMessage> messages, CancellationToken cancellationToken)
    {
        if (messages.Count == 0) return [];
        var keys = messages.Select(m => m.DedupKey).ToList();
        // Keys and recipients are checked across the outbox: it is also filled by the flows' steps and jobs; the query names the municipality where it matters.
        var known = (await db.OutboundMessages.IgnoreQueryFilters().Where(m => keys.Contains(m.DedupKey)).Select(m => m.DedupKey).ToListAsync(cancellationToken))
            .Concat(db.OutboundMessages.Local.Select(m => m.DedupKey)).ToHashSet(StringComparer.Ordinal);
        var added = messages.Where(m => known.Add(m.DedupKey)).ToList();
        db.OutboundMessages.AddRange(added);
        return added;
    }
}
