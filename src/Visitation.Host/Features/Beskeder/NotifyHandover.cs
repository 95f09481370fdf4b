using System.Net.Mail;
using Microsoft.EntityFrameworkCore;
using Visitation.Host.Infrastructure.Persistence;
using Visitation.Host.Infrastructure.Tenancy;
using Visitation.Workflows.Activities.BuiltIn;
using Visitation.Workflows.Persistence;

namespace Visitation.Host.Features.Beskeder;

/// <summary>
/// Hands a flow's <c>Visitation.Notify</c> messages to the outbox in the transaction of the step that sent them, keyed by the
/// engine's deduplication key, so a replayed step adds nothing. The recipient is a user name of the municipality (the bell, and
/// e-mail when the user has an address), a role (every active user holding it), or an e-mail address. A recipient that is none
/// of these becomes a dead letter at once, for an administrator to see, rather than failing the case's step.
/// </summary>
public sealed class NotifyHandover(DatabaseOptions database, MessageOutbox outbox, MessagingOptions options) : IStepCommitObserver
{
    public async ValueTask OnStepWrittenAsync(StepCommit commit, CancellationToken cancellationToken)
    {
        var step = commit.Step;
        var notes = step.Outbox.Where(m => m.Type == Notify.MessageType).ToList();
        if (notes.Count == 0 || !Guid.TryParse(commit.TenantId, out var kommuneId)) return;
        Guid? sagId = Guid.TryParse(step.State.CorrelationId, out var parsed) ? parsed : null;

        await using var db = SharedConnectionContexts.Create(database.Provider, commit.Connection);
        await db.Database.UseTransactionAsync(commit.Transaction, cancellationToken);
        var users = await db.Users.IgnoreQueryFilters().AsNoTracking().Where(u => u.KommuneId == kommuneId && u.IsActive)
            .Select(u => new { u.Id, u.UserName, u.Email, u.Roles }).ToListAsync(cancellationToken);
        if (sagId is { } id && !await db.Sager.IgnoreQueryFilters().AnyAsync(s => s.Id == id && s.KommuneId == kommuneId, cancellationToken)) sagId = null;
        var link = sagId is { } caseId ? $"/sager/{caseId}" : null;
        var messages = new List<OutboundMessage>();
        foreach (var note in notes)
        {
            var recipient = note.Payload?["recipient"]?.GetValue<string>()?.Trim() ?? "";
            var subject = note.Payload?["subject"]?.GetValue<string>() is { Length: > 0 } s ? s : "Besked fra Visitation";
            var body = note.Payload?["body"]?.GetValue<string>() ?? "";
            var key = "notify/" + note.DeduplicationKey;
            var named = users.Where(u => string.Equals(u.UserName, recipient, StringComparison.OrdinalIgnoreCase)).ToList();
            if (named.Count == 0 && Roles.MunicipalityRoles.Contains(recipient)) named = users.Where(u => u.Roles.Contains(recipient)).ToList();
            foreach (var user in named)
            {
                messages.Add(MessageOutbox.New(kommuneId, $"{key}/{user.Id:N}/studio", MessageKind.Notify, MessageChannel.Studio, user.Id, null, subject, body, sagId,
                    link, step.State.UpdatedAt));
                if (!string.IsNullOrWhiteSpace(user.Email))
                    messages.Add(MessageOutbox.New(kommuneId, $"{key}/{user.Id:N}/email", MessageKind.Notify, MessageChannel.Email, user.Id, user.Email, subject, body,
                        sagId, link, step.State.UpdatedAt));
            }
            if (named.Count > 0) continue;
            var email = MessageOutbox.New(kommuneId, $"{key}/email", MessageKind.Notify, MessageChannel.Email, null, recipient, subject, body, sagId, link,
                step.State.UpdatedAt);
            if (!IsEmailAddress(recipient) || !options.Smtp.Enabled)
            {
                email.Status = MessageStatus.DeadLetter;
                email.LastError = IsEmailAddress(recipient) ? "No SMTP relay is configured." : "The recipient is no user, role or e-mail address of the municipality.";
            }
            messages.Add(email);
        }
        await outbox.EnqueueAsync(db, messages, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await MarkHandedOverAsync(commit, notes.Select(n => n.DeduplicationKey).ToList(), step.State.UpdatedAt, cancellationToken);
    }

    /// <summary>
    /// The engine's own outbox rows are delivered once the host's outbox holds their messages (in this same transaction), so
    /// the engine's retention prunes them with their instance.
    /// </summary>
    static async Task MarkHandedOverAsync(StepCommit commit, IReadOnlyList<string> keys, DateTimeOffset at, CancellationToken cancellationToken)
    {
        foreach (var key in keys)
        {
            await using var command = commit.Connection.CreateCommand();
            command.Transaction = commit.Transaction;
            command.CommandText = "UPDATE wf_outbox SET \"DeliveredAt\" = @at WHERE \"DeduplicationKey\" = @key AND \"DeliveredAt\" IS NULL";
            var atParameter = command.CreateParameter();
            atParameter.ParameterName = "@at";
            atParameter.Value = at.UtcTicks;
            command.Parameters.Add(atParameter);
            var keyParameter = command.CreateParameter();
            keyParameter.ParameterName = "@key";
            keyParameter.Value = key;
            command.Parameters.Add(keyParameter);
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    static bool IsEmailAddress(string text) =>
        MailAddress.TryCreate(text, out var address) && address.Address == text && address.Host.Contains('.');
}
