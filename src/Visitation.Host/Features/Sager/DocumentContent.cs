using System.Text;

namespace Visitation.Host.Features.Sager;

/// <summary>
/// Whether a document's bytes are what its declared type says, read from the file's own signature: an HTML page sent
/// as a PDF would otherwise be stored and served as one, and open as a page in a colleague's browser.
/// </summary>
public static class DocumentContent
{
    private static readonly Dictionary<string, byte[]> Signatures = new()
    {
        ["application/pdf"] = "%PDF-"u8.ToArray(),
        ["image/png"] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A],
        ["image/jpeg"] = [0xFF, 0xD8, 0xFF],
        // A .docx is a zip package.
        ["application/vnd.openxmlformats-officedocument.wordprocessingml.document"] = [0x50, 0x4B, 0x03, 0x04],
    };

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static bool Matches(string contentType, byte[] content) => contentType == "text/plain"
        ? IsPlainText(content)
        : Signatures.TryGetValue(contentType, out var signature) && content.AsSpan().StartsWith(signature);

    /// <summary>UTF-8 without NUL bytes, and no markup a browser would render (HTML, SVG, XML) at its start.</summary>
    private static bool IsPlainText(byte[] content)
    {
        string text;
        try
        {
            text = StrictUtf8.GetString(content);
        }
        catch (DecoderFallbackException)
        {
            return false;
        }
        return !text.Contains('\0') && !text.TrimStart('\uFEFF', ' ', '\t', '\r', '\n').StartsWith('<');
    }
}
