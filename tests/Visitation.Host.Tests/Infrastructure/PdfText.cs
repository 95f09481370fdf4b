using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using PdfSharp.Pdf;
using PdfSharp.Pdf.Content;
using PdfSharp.Pdf.Content.Objects;
using PdfSharp.Pdf.IO;

namespace Visitation.Host.Tests.Infrastructure;

/// <summary>
/// Reads the text a PDF shows, page by page: the strings of its text operators, mapped back to characters through each
/// font's ToUnicode table. Enough for letters made with PDFsharp (embedded TrueType, Identity-H encoding).
/// </summary>
public static partial class PdfText
{
    public static (int Pages, string Text) Extract(byte[] pdf)
    {
        using var stream = new MemoryStream(pdf);
        using var document = PdfReader.Open(stream, PdfDocumentOpenMode.Import);
        var text = new StringBuilder();
        foreach (var page in document.Pages)
        {
            var fonts = new Dictionary<string, Dictionary<int, string>>();
            var fontDictionary = page.Resources.Elements.GetDictionary("/Font");
            if (fontDictionary is not null)
                foreach (var name in fontDictionary.Elements.Keys)
                    fonts[name] = ToUnicode(fontDictionary.Elements.GetDictionary(name)?.Elements.GetDictionary("/ToUnicode")?.Stream?.UnfilteredValue);
            Dictionary<int, string> current = [];
            Walk(ContentReader.ReadContent(page), fonts, ref current, text);
            text.Append('\n');
        }
        return (document.PageCount, text.ToString());
    }

    static void Walk(CSequence sequence, Dictionary<string, Dictionary<int, string>> fonts, ref Dictionary<int, string> current, StringBuilder text)
    {
        foreach (var item in sequence)
        {
            if (item is not COperator op) continue;
            switch (op.OpCode.Name)
            {
                case "Tf" when op.Operands.Count > 0 && op.Operands[0] is CName font:
                    current = fonts.GetValueOrDefault(font.Name) ?? [];
                    break;
                case "Tj" or "'" when op.Operands.Count > 0 && op.Operands[0] is CString shown:
                    Append(shown, current, text);
                    text.Append('\n');
                    break;
                case "TJ" when op.Operands.Count > 0 && op.Operands[0] is CArray parts:
                    foreach (var part in parts.OfType<CString>()) Append(part, current, text);
                    text.Append('\n');
                    break;
            }
        }
    }

    static void Append(CString shown, Dictionary<int, string> map, StringBuilder text)
    {
        var bytes = shown.Value;
        for (var i = 0; i + 1 < bytes.Length; i += 2) text.Append(map.GetValueOrDefault((bytes[i] << 8) | bytes[i + 1], "?"));
    }

    static Dictionary<int, string> ToUnicode(byte[]? cmap)
    {
        var map = new Dictionary<int, string>();
        if (cmap is null) return map;
        var source = Encoding.ASCII.GetString(cmap);
        foreach (Match section in BfRange().Matches(source))
        foreach (Match range in Triple().Matches(section.Groups[1].Value))
        {
            int from = Hex(range.Groups[1].Value), to = Hex(range.Groups[2].Value), first = Hex(range.Groups[3].Value);
            for (var code = from; code <= to; code++) map[code] = char.ConvertFromUtf32(first + code - from);
        }
        foreach (Match section in BfChar().Matches(source))
        foreach (Match pair in Pair().Matches(section.Groups[1].Value))
            map[Hex(pair.Groups[1].Value)] = Utf16(pair.Groups[2].Value);
        return map;
    }

    static int Hex(string hex) => int.Parse(hex, NumberStyles.HexNumber, CultureInfo.InvariantCulture);

    static string Utf16(string hex) => Encoding.BigEndianUnicode.GetString(Convert.FromHexString(hex));

    [GeneratedRegex(@"beginbfrange(.*?)endbfrange", RegexOptions.Singleline)]
    private static partial Regex BfRange();

    [GeneratedRegex(@"beginbfchar(.*?)endbfchar", RegexOptions.Singleline)]
    private static partial Regex BfChar();

    [GeneratedRegex(@"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>")]
    private static partial Regex Triple();

    [GeneratedRegex(@"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>")]
    private static partial Regex Pair();
}
