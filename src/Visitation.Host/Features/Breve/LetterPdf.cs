using PdfSharp.Drawing;
using PdfSharp.Fonts;
using PdfSharp.Pdf;

namespace Visitation.Host.Features.Breve;

/// <summary>
/// Renders a <see cref="Letter"/> to PDF with PDFsharp: A4, a serif font embedded in the document, lines wrapped to the
/// margins and new pages as the text needs them. The font comes from the machine (<see cref="LetterFonts"/>).
/// </summary>
public static class LetterPdf
{
    const double Margin = 64;
    static readonly XPdfFontOptions Embedded = new(PdfFontEncoding.Unicode);

    public static byte[] Render(Letter letter, string author)
    {
        LetterFonts.EnsureRegistered();
        using var document = new PdfDocument();
        document.Info.Title = letter.Title;
        document.Info.Author = author;
        var body = new XFont(LetterFonts.Family, 11, XFontStyleEx.Regular, Embedded);
        var h1 = new XFont(LetterFonts.Family, 16, XFontStyleEx.Bold, Embedded);
        var h2 = new XFont(LetterFonts.Family, 12.5, XFontStyleEx.Bold, Embedded);
        var writer = new PageWriter(document);
        foreach (var block in letter.Blocks)
        {
            switch (block)
            {
                case LetterHeading heading:
                    writer.Space(heading.Level == 1 ? 14 : 10);
                    writer.Write(heading.Text, heading.Level == 1 ? h1 : h2, indent: 0, keepWithNext: true);
                    writer.Space(4);
                    break;
                case LetterParagraph paragraph:
                    foreach (var line in paragraph.Lines) writer.Write(line, body, indent: 0);
                    writer.Space(7);
                    break;
                case LetterList list:
                    for (var i = 0; i < list.Items.Count; i++)
                        writer.Write(list.Items[i], body, indent: 18, marker: list.Ordered ? $"{i + 1}." : "•");
                    writer.Space(7);
                    break;
            }
        }
        writer.Finish();
        using var stream = new MemoryStream();
        document.Save(stream, closeStream: false);
        return stream.ToArray();
    }

    /// <summary>Lays lines down a page top to bottom and starts a new page when the next line does not fit.</summary>
    sealed class PageWriter(PdfDocument document)
    {
        XGraphics? graphics;
        PdfPage? page;
        double y;

        double Bottom => page!.Height.Point - Margin;
        double Width => page!.Width.Point - 2 * Margin;

        void NewPage()
        {
            graphics?.Dispose();
            page = document.AddPage();
            page.Size = PdfSharp.PageSize.A4;
            graphics = XGraphics.FromPdfPage(page);
            y = Margin;
        }

        public void Space(double points)
        {
            if (page is not null) y += points;
        }

        public void Write(string text, XFont font, double indent, string? marker = null, bool keepWithNext = false)
        {
            if (page is null) NewPage();
            var lineHeight = font.GetHeight() * 1.25;
            var lines = Wrap(text, font, Width - indent);
            if (keepWithNext && y + lineHeight * (lines.Count + 2) > Bottom) NewPage();
            for (var i = 0; i < lines.Count; i++)
            {
                if (y + lineHeight > Bottom) NewPage();
                if (i == 0 && marker is not null) graphics!.DrawString(marker, font, XBrushes.Black, new XPoint(Margin + 2, y + font.GetHeight()));
                graphics!.DrawString(lines[i], font, XBrushes.Black, new XPoint(Margin + indent, y + font.GetHeight()));
                y += lineHeight;
            }
        }

        List<string> Wrap(string text, XFont font, double width)
        {
            var lines = new List<string>();
            var line = "";
            foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                var candidate = line.Length == 0 ? word : line + " " + word;
                if (line.Length > 0 && graphics!.MeasureString(candidate, font).Width > width)
                {
                    lines.Add(line);
                    line = word;
                }
                else line = candidate;
            }
            lines.Add(line);
            return lines;
        }

        public void Finish()
        {
            if (page is null) NewPage();
            graphics?.Dispose();
        }
    }
}

/// <summary>
/// Finds a serif TrueType family for letters on the machine: <c>Messages:LetterFontFolder</c> if set, then Liberation Serif
/// or DejaVu Serif (Debian's fonts-liberation, fonts-dejavu), then Times New Roman on Windows.
/// </summary>
public sealed class LetterFonts : IFontResolver
{
    public const string Family = "VisitationLetter";
    static readonly object Gate = new();
    static bool registered;

    /// <summary>Set before the first letter to look in another folder first.</summary>
    public static string? Folder { get; set; }

    static readonly string[][] Candidates =
    [
        ["LiberationSerif-Regular.ttf", "LiberationSerif-Bold.ttf"],
        ["DejaVuSerif.ttf", "DejaVuSerif-Bold.ttf"],
        ["times.ttf", "timesbd.ttf"],
    ];

    static readonly string[] Folders =
        ["/usr/share/fonts/truetype/liberation", "/usr/share/fonts/truetype/liberation2", "/usr/share/fonts/truetype/dejavu", "/usr/share/fonts/TTF",
         @"C:\Windows\Fonts", "/Library/Fonts", "/System/Library/Fonts/Supplemental"];

    readonly string regular;
    readonly string bold;

    LetterFonts(string regular, string bold) => (this.regular, this.bold) = (regular, bold);

    public static void EnsureRegistered()
    {
        lock (Gate)
        {
            if (registered) return;
            var folders = Folder is { Length: > 0 } own ? [own, .. Folders] : Folders;
            foreach (var pair in Candidates)
            foreach (var folder in folders)
            {
                var r = Path.Combine(folder, pair[0]);
                var b = Path.Combine(folder, pair[1]);
                if (!File.Exists(r)) continue;
                GlobalFontSettings.FontResolver = new LetterFonts(r, File.Exists(b) ? b : r);
                registered = true;
                return;
            }
            throw new InvalidOperationException(
                "No serif TrueType font for letters was found. Install fonts-liberation (or fonts-dejavu), or set Messages:LetterFontFolder.");
        }
    }

    public FontResolverInfo? ResolveTypeface(string familyName, bool isBold, bool isItalic) =>
        new(isBold ? "letter-bold" : "letter-regular");

    public byte[]? GetFont(string faceName) => File.ReadAllBytes(faceName == "letter-bold" ? bold : regular);
}
