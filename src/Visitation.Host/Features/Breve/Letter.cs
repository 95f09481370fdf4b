using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;

namespace Visitation.Host.Features.Breve;

/// <summary>
/// A letter to a citizen as content, independent of its format: the same letter renders to printable HTML
/// (<see cref="ToHtml"/>) and to PDF (<see cref="LetterPdf"/>), so the two never say different things.
/// </summary>
public sealed record Letter(string Title, IReadOnlyList<LetterBlock> Blocks)
{
    // Escapes markup but keeps æ, ø and å readable in the printed letter.
    static readonly HtmlEncoder Html = HtmlEncoder.Create(UnicodeRanges.All);

    public string ToHtml()
    {
        static string E(string? text) => Html.Encode(text ?? "");
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html><html lang=\"da\"><head><meta charset=\"utf-8\"><title>").Append(E(Title)).Append("</title>")
            .Append("<style>body{font-family:serif;max-width:42em;margin:2em auto;line-height:1.4}h1{font-size:1.4em}@media print{body{margin:0}}</style></head><body>");
        foreach (var block in Blocks)
        {
            switch (block)
            {
                case LetterHeading heading:
                    html.Append("<h").Append(heading.Level).Append('>').Append(E(heading.Text)).Append("</h").Append(heading.Level).Append('>');
                    break;
                case LetterParagraph paragraph:
                    html.Append(paragraph.Class is null ? "<p>" : $"<p class=\"{paragraph.Class}\">")
                        .Append(string.Join("<br>", paragraph.Lines.Select(E))).Append("</p>");
                    break;
                case LetterList list:
                    html.Append(list.Ordered ? "<ol>" : "<ul>").Append(string.Concat(list.Items.Select(i => "<li>" + E(i) + "</li>")))
                        .Append(list.Ordered ? "</ol>" : "</ul>");
                    break;
            }
        }
        return html.Append("</body></html>").ToString();
    }
}

public abstract record LetterBlock;

/// <summary>A heading: 1 for the letter's subject, 2 for its sections.</summary>
public sealed record LetterHeading(string Text, int Level = 2) : LetterBlock;

/// <summary>A paragraph of one or more lines (an address block has several).</summary>
public sealed record LetterParagraph(IReadOnlyList<string> Lines, string? Class = null) : LetterBlock
{
    public LetterParagraph(string text) : this([text]) { }
}

public sealed record LetterList(IReadOnlyList<string> Items, bool Ordered = false) : LetterBlock;
