using System.Net.Mail;
using Microsoft.EntityFrameworkCore;
using Visitation.Host.Infrastructure.Persistence;
using Visitation.Host.Infrastructure.Tenancy;
using Visitation.Workflows.Activities.BuiltIn;
using Visitation.Host.Infrastructure.Outbox;
using Visitation.Workflows.Execution;

namespace Visitation.Host.Features.Beskeder;

/// <summary>
/// Hands a flow's <c>Visitation.Notify</c> messages to the outbox in the transaction of the step that sent them, keyed by the
/// engine's deduplication key, so a replayed step adds nothing. The recipient is a user name of the municipality (the bell, and
/// e-mail when the user has an address), a role (every active user holding it), or an e-mail address. A recipient that is none
/// of these becomes a dead letter at once, for an administrator to see, rather than failing the case's step.
/// </summary>
public sealed class NotifyHandover(MessageOutbox outbox, MessagingOptions options) : IOutboxHandler<Notify>
{
    public async ValueTask HandleAsync(OutboxMessage note, StepContext step, CancellationToken cancellationToken)
    {
        var db = step.Db;
        var kommuneId = step.KommuneId;
        var users = await db.Users.AsNoTracking().Where(u => u.KommuneId == kommuneId && u.IsActive)
            .Select(u => new { u.Id, u.UserName, u.Email, u.Roles }).ToListAsync(cancellationToken);
        var sagId = step.SagId;
        if (sagId is { } id && !await db.Sager.AnyAsync(s => s.Id == id && s.KommuneId == kommuneId, cancellationToken)) sagId = null;
        var link = sagId is { } caseId ? $"/sager/{caseId}" : null;
        var messages = new List<OutboundMessage>();
        var recipient = note.Payload?["recipient"]?.GetValue<string>()?.Trim() ?? "";
        var subject = note.Payload?["subject"]?.GetValue<string>() is { Length: > 0 } s ? s : "Besked fra Visitation";
        var body = note.Payload?["body"]?.GetValue<string>() ?? "";
        var key = "notify/" + note.DeduplicationKey;
        var named = users.Where(u => string.Equals(u.UserName, recipient, StringComparison.OrdinalIgnoreCase)).ToList();
        if (named.Count == 0 && Roles.MunicipalityRoles.Contains(recipient)) named = users.Where(u => u.Roles.Contains(recipient)).ToList();
        foreach (var user in named)
        {
            messages.Add(MessageOutbox.New(kommuneId, $"{key}/{user.Id:N}/studio", MessageKind.Notify, MessageChannel.Studio, user.Id, null, subject, body, sagId,
                link, step.Now));
            if (!string.IsNullOrWhiteSpace(user.Email))
                messages.Add(MessageOutbox.New(kommuneId, $"{key}/{user.Id:N}/email", MessageKind.Notify, MessageChannel.Email, user.Id, user.Email, subject, body,
                    sagId, link, step.Now));
        }
        if (named.Count == 0)
        {
            var email = MessageOutbox.New(kommuneId, $"{key}/email", MessageKind.Notify, MessageChannel.Email, null, recipient, subject, body, sagId, link, step.Now);
            if (!IsEmailAddress(recipient) || !options.Smtp.Enabled)
            {
                email.Status = MessageStatus.DeadLetter;
                email.LastError = IsEmailAddress(recipient) ? "No SMTP relay is configured." : "The recipient is no user, role or e-mail address of the municipality.";
            }
            messages.Add(email);
        }
        await outbox.EnqueueAsync(db, messages, cancellationToken);
        await MarkHandedOverAsync(db, note.DeduplicationKey, step.Now, cancellationToken);
    }

    /// <summary>
    /// The engine's own outbox row is delivered once the host's outbox holds its messages (in this same transaction), so the
    /// engine's retention prunes it with its instance.
    /// </summary>
    static Task MarkHandedOverAsync(VisitationDbContext db, string key, DateTimeOffset at, CancellationToken cancellationToken) =>
        db.Database.ExecuteSqlRawAsync("UPDATE wf_outbox SET \"DeliveredAt\" = {0} WHERE \"DeduplicationKey\" = {1} AND \"DeliveredAt\" IS NULL",
            [at.UtcTicks, key], cancellationToken);

    static bool IsEmailAddress(string text) =>
        MailAddress.TryCreate(text, out var address) && address.Address == text && address.Host.Contains('.');
}
