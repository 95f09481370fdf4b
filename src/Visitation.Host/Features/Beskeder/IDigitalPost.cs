namespace Visitation.Host.Features.Beskeder;

/// <summary>
/// The seam to Digital Post (the national mailbox for citizens). An adapter for the national service implements it; the
/// installation ships <see cref="FileDropDigitalPost"/> only, for development and test (docs/digital-post.md).
/// </summary>
public interface IDigitalPost
{
    /// <summary>
    /// Hands one letter over. Completes when the service has accepted it; throws when it has not (the dispatcher retries).
    /// <see cref="DigitalPostLetter.MessageId"/> is the same on a retry, so an adapter can let the service drop a duplicate.
    /// </summary>
    Task SendAsync(DigitalPostLetter letter, CancellationToken cancellationToken);
}

/// <summary>
/// A letter for Digital Post: the recipient's reference (a CPR number for a citizen; never logged), the title the mailbox shows,
/// the letter as PDF (the legally sent document) and the same letter as HTML.
/// </summary>
public sealed record DigitalPostLetter(Guid MessageId, Guid KommuneId, string RecipientReference, string Title, byte[] Pdf, string? Html);

/// <summary>Writes each letter to a folder as <c>{messageId}.pdf</c> and <c>{messageId}.json</c> (title only, no CPR number).</summary>
public sealed class FileDropDigitalPost(string? folder) : IDigitalPost
{
    public async Task SendAsync(DigitalPostLetter letter, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(folder)) throw new InvalidOperationException("No Digital Post adapter is configured (Messages:DigitalPostDropFolder).");
        Directory.CreateDirectory(folder);
        var name = Path.Combine(folder, letter.MessageId.ToString("N"));
        await File.WriteAllBytesAsync(name + ".pdf", letter.Pdf, cancellationToken);
        if (letter.Html is not null) await File.WriteAllTextAsync(name + ".html", letter.Html, cancellationToken);
        await File.WriteAllTextAsync(name + ".json",
            System.Text.Json.JsonSerializer.Serialize(new { letter.MessageId, letter.KommuneId, letter.Title }), cancellationToken);
    }
}

/// <summary>Delivers <see cref="MessageKind.Letter"/> messages through <see cref="IDigitalPost"/>.</summary>
public sealed class DigitalPostChannel(IDigitalPost post) : IMessageChannel
{
    public MessageChannel Channel => MessageChannel.DigitalPost;

    public Task DeliverAsync(OutboundMessage message, Infrastructure.Persistence.VisitationDbContext db, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (message.Attachment is null || string.IsNullOrWhiteSpace(message.RecipientAddress))
            throw new InvalidOperationException("A letter needs its PDF and a recipient reference.");
        return post.SendAsync(new DigitalPostLetter(message.Id, message.KommuneId, message.RecipientAddress, message.Subject, message.Attachment, message.BodyText),
            cancellationToken);
    }
}
