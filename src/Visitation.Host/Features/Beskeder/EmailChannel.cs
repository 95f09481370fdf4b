using System.Security.Cryptography;
using System.Text;
using MailKit.Net.Smtp;
using MailKit.Security;
using MimeKit;
using Visitation.Host.Infrastructure.Persistence;

namespace Visitation.Host.Features.Beskeder;

/// <summary>
/// Sends e-mail through the installation's SMTP relay with MailKit. The Message-ID is derived from the message's
/// deduplication key, so a mail sent again after a crash between sending and marking it delivered is the same mail to the
/// receiving system. A message with a case carries a link to the case in the Studio, never the case's content.
/// </summary>
public sealed class EmailChannel(MessagingOptions options) : IMessageChannel
{
    public MessageChannel Channel => MessageChannel.Email;

    public async Task DeliverAsync(OutboundMessage message, VisitationDbContext db, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var smtp = options.Smtp;
        if (!smtp.Enabled) throw new InvalidOperationException("No SMTP relay is configured (Messages:Smtp:Host and Messages:Smtp:From).");
        if (string.IsNullOrWhiteSpace(message.RecipientAddress)) throw new InvalidOperationException("The message has no e-mail address.");

        using var mail = Compose(message, smtp, options.StudioBaseUrl);
        using var client = new SmtpClient { Timeout = (int)smtp.Timeout.TotalMilliseconds };
        await client.ConnectAsync(smtp.Host!, smtp.Port, smtp.Security switch
        {
            SmtpSecurity.None => SecureSocketOptions.None,
            SmtpSecurity.SslOnConnect => SecureSocketOptions.SslOnConnect,
            SmtpSecurity.StartTls => SecureSocketOptions.StartTls,
            _ => SecureSocketOptions.StartTlsWhenAvailable,
        }, cancellationToken);
        if (!string.IsNullOrEmpty(smtp.UserName)) await client.AuthenticateAsync(smtp.UserName, smtp.Password ?? "", cancellationToken);
        await client.SendAsync(mail, cancellationToken);
        await client.DisconnectAsync(quit: true, cancellationToken);
    }

    /// <summary>The mail as it is sent: plain text, the Studio link appended when the message concerns a case.</summary>
    public static MimeMessage Compose(OutboundMessage message, SmtpOptions smtp, string? studioBaseUrl)
    {
        var mail = new MimeMessage();
        mail.From.Add(new MailboxAddress(smtp.FromName, smtp.From!));
        mail.To.Add(MailboxAddress.Parse(message.RecipientAddress!));
        mail.Subject = message.Subject;
        var domain = MailboxAddress.Parse(smtp.From!).Domain;
        mail.MessageId = $"{KeyHash(message.DedupKey)}@{(string.IsNullOrEmpty(domain) ? "visitation.invalid" : domain)}";
        mail.Date = message.CreatedAt;
        var text = new StringBuilder(message.BodyText);
        if (message.Link is { } link)
            text.Append("\n\n").Append(string.IsNullOrWhiteSpace(studioBaseUrl) ? "Se sagen i Visitation: " + link : "Se sagen i Visitation: " + studioBaseUrl.TrimEnd('/') + link);
        var body = new BodyBuilder { TextBody = text.ToString() };
        if (message.Attachment is { } bytes) body.Attachments.Add(message.AttachmentName ?? "brev.pdf", bytes, new ContentType("application", "pdf"));
        mail.Body = body.ToMessageBody();
        return mail;
    }

    /// <summary>The same key gives the same Message-ID; the key itself (with user ids) does not leave the installation.</summary>
    public static string KeyHash(string dedupKey) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(dedupKey)))[..40];
}
