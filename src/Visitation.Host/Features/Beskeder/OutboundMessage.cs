using Visitation.Host.Infrastructure.Tenancy;

namespace Visitation.Host.Features.Beskeder;

/// <summary>What a message is, which decides how much of the case it may carry (docs/outbound-messages.md).</summary>
public enum MessageKind
{
    /// <summary>From a flow's <c>Visitation.Notify</c> step.</summary>
    Notify,

    /// <summary>A duty of the competence plan: copy, inform, justification, approval.</summary>
    Duty,

    /// <summary>The receipt to a professional who filed an underretning (kvittering for underretning).</summary>
    Kvittering,

    /// <summary>A letter to a citizen (afgørelse, partshøring, receipt), sent through Digital Post.</summary>
    Letter,
}

/// <summary>How a message leaves the installation.</summary>
public enum MessageChannel
{
    /// <summary>The bell in the Studio: a row in the recipient's notifications.</summary>
    Studio,

    /// <summary>E-mail over SMTP.</summary>
    Email,

    /// <summary>The Digital Post adapter (<see cref="IDigitalPost"/>).</summary>
    DigitalPost,
}

public enum MessageStatus
{
    Pending,
    Delivered,

    /// <summary>Gave up after the configured number of attempts; an administrator may retry it.</summary>
    DeadLetter,
}

/// <summary>
/// One message to one recipient over one channel, committed with the change that caused it and delivered afterwards by
/// <see cref="MessageDispatcher"/>, at least once. The deduplication key is unique, so a replayed step or a repeated duty
/// cannot enqueue it twice, and it becomes the e-mail's Message-ID, so a re-send after a crash is recognisably the same mail.
/// </summary>
public sealed class OutboundMessage : ITenantScoped
{
    public Guid Id { get; set; }

    public Guid KommuneId { get; set; }

    public required string DedupKey { get; set; }

    public MessageKind Kind { get; set; }

    public MessageChannel Channel { get; set; }

    /// <summary>The user the message is for, when it is for a user of the municipality.</summary>
    public Guid? RecipientUserId { get; set; }

    /// <summary>The e-mail address for <see cref="MessageChannel.Email"/>; the recipient's reference for Digital Post.</summary>
    public string? RecipientAddress { get; set; }

    public required string Subject { get; set; }

    public required string BodyText { get; set; }

    /// <summary>The case the message is about; the notification links to it.</summary>
    public Guid? SagId { get; set; }

    /// <summary>Where in the Studio the notification leads (a path such as <c>/sager/{id}</c>).</summary>
    public string? Link { get; set; }

    /// <summary>For letters: the file name and the PDF to send.</summary>
    public string? AttachmentName { get; set; }

    public byte[]? Attachment { get; set; }

    public MessageStatus Status { get; set; }

    public int Attempts { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>Not tried again before this instant (exponential back-off).</summary>
    public DateTimeOffset NextAttemptAt { get; set; }

    /// <summary>The node delivering the message now, until <see cref="ClaimedUntil"/>; a crashed node's claim runs out.</summary>
    public string? ClaimedBy { get; set; }

    public DateTimeOffset? ClaimedUntil { get; set; }

    public DateTimeOffset? DeliveredAt { get; set; }

    /// <summary>Why the last attempt failed: the channel's error, never the message's content.</summary>
    public string? LastError { get; set; }
}
