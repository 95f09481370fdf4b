using System.Globalization;
using System.Text;
using Visitation.Host.Infrastructure.Errors;

namespace Visitation.Host.Features.Tilbud;

/// <summary>One data line of an offer CSV file: its line number in the file, the provider and the offer's fields.</summary>
public sealed record OfferCsvLine(int Line, string? ProviderName, string? ProviderCvr, OfferFields Fields);

/// <summary>
/// Reads the offer catalogue's CSV format: UTF-8, <c>;</c> between fields, a header line naming the columns (English or Danish
/// names, any order, case ignored, README "Offer catalogue CSV"), fields optionally in double quotes. Amounts take a Danish decimal
/// comma (<c>1.234,50</c>) or a decimal point (<c>1234.50</c>); dates are <c>yyyy-MM-dd</c> or <c>dd-MM-yyyy</c>. Every finding is
/// located as <c>/lines/{line number in the file}/{column}</c>.
/// </summary>
public static class OfferCsv
{
    /// <summary>Each column by its field name, with the Danish header name also accepted.</summary>
    public static readonly IReadOnlyList<(string Field, string Danish, bool Required)> Columns =
    [
        ("provider", "udbyder", true),
        ("providerCvr", "cvr", false),
        ("name", "navn", true),
        ("type", "type", true),
        ("targetGroup", "maalgruppe", false),
        ("legalBasis", "lovgrundlag", true),
        ("price", "pris", true),
        ("priceUnit", "prisenhed", true),
        ("capacity", "kapacitet", false),
        ("vacancies", "ledige", false),
        ("provision", "intern_ekstern", true),
        ("financing", "finansiering", true),
        ("location", "beliggenhed", false),
        ("approvedUntil", "godkendt_til", false),
        ("placementForm", "anbringelsesform", false),
    ];

    public const int MaxLines = 5000;

    private static readonly NumberFormatInfo DanishNumbers = new() { NumberDecimalSeparator = ",", NumberGroupSeparator = "." };

    public static (List<OfferCsvLine> Lines, List<ProblemError> Errors) Parse(string text)
    {
        var errors = new List<ProblemError>();
        var lines = new List<OfferCsvLine>();
        var rows = text.TrimStart('\uFEFF').Split('\n').Select((row, i) => (Number: i + 1, Text: row.TrimEnd('\r'))).Where(r => r.Text.Trim().Length > 0).ToList();
        if (rows.Count < 2)
        {
            errors.Add(ErrorMessages.Error("", "import.empty"));
            return (lines, errors);
        }
        if (rows.Count - 1 > MaxLines)
        {
            errors.Add(ErrorMessages.Error("", "import.tooManyLines", MaxLines));
            return (lines, errors);
        }

        var header = Split(rows[0].Text);
        var positions = new Dictionary<string, int>();
        for (var i = 0; i < header.Count; i++)
        {
            var name = header[i].Trim();
            var column = Columns.FirstOrDefault(c => string.Equals(c.Field, name, StringComparison.OrdinalIgnoreCase) || string.Equals(c.Danish, name, StringComparison.OrdinalIgnoreCase));
            if (column.Field is null) errors.Add(ErrorMessages.Error($"/header/{i}", "import.unknownColumn", name, string.Join(", ", Columns.Select(c => c.Field))));
            else if (!positions.TryAdd(column.Field, i)) errors.Add(ErrorMessages.Error($"/header/{i}", "import.duplicateColumn", name));
        }
        foreach (var column in Columns.Where(c => c.Required && !positions.ContainsKey(c.Field)))
            errors.Add(ErrorMessages.Error($"/header/{column.Field}", "import.missingColumn", column.Field, column.Danish));
        if (errors.Count > 0) return (lines, errors);

        foreach (var (number, row) in rows.Skip(1))
        {
            var cells = Split(row);
            var path = $"/lines/{number}";
            if (cells.Count != header.Count)
            {
                errors.Add(ErrorMessages.Error(path, "import.wrongFieldCount", header.Count, cells.Count));
                continue;
            }
            string? Cell(string field) => positions.TryGetValue(field, out var i) && cells[i].Trim().Length > 0 ? cells[i].Trim() : null;
            var fields = new OfferFields(Cell("name"), Cell("type"), Cell("targetGroup"), Cell("legalBasis"),
                Amount(path, "price", Cell("price"), errors), Cell("priceUnit"), Whole(path, "capacity", Cell("capacity"), errors),
                Whole(path, "vacancies", Cell("vacancies"), errors), Cell("provision")?.ToLowerInvariant(), Cell("financing")?.ToLowerInvariant(),
                Cell("location"), Date(path, "approvedUntil", Cell("approvedUntil"), errors), Form(path, Cell("placementForm"), errors));
            lines.Add(new OfferCsvLine(number, Cell("provider"), Cell("providerCvr"), fields));
        }
        return (lines, errors);
    }

    /// <summary>An amount in Danish notation (decimal comma, dots between thousands) or with a decimal point.</summary>
    public static bool TryParseAmount(string text, out decimal amount)
    {
        text = text.Replace(" ", "").Replace("\u00A0", "");
        return text.Contains(',')
            ? decimal.TryParse(text, NumberStyles.AllowDecimalPoint | NumberStyles.AllowThousands, DanishNumbers, out amount)
            : decimal.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out amount);
    }

    private static decimal? Amount(string path, string field, string? text, List<ProblemError> errors)
    {
        if (text is null) return null;
        if (TryParseAmount(text, out var amount)) return amount;
        errors.Add(ErrorMessages.Error($"{path}/{field}", "field.invalidFormat", "1234,50"));
        return null;
    }

    private static int? Whole(string path, string field, string? text, List<ProblemError> errors)
    {
        if (text is null) return null;
        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value)) return value;
        errors.Add(ErrorMessages.Error($"{path}/{field}", "field.invalidFormat", "12"));
        return null;
    }

    private static DateOnly? Date(string path, string field, string? text, List<ProblemError> errors)
    {
        if (text is null) return null;
        if (DateOnly.TryParseExact(text, ["yyyy-MM-dd", "dd-MM-yyyy", "dd.MM.yyyy"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)) return date;
        errors.Add(ErrorMessages.Error($"{path}/{field}", "field.invalidFormat", "2027-12-31"));
        return null;
    }

    private static Anbringelsesform? Form(string path, string? text, List<ProblemError> errors)
    {
        if (text is null) return null;
        if (Anbringelsesformer.TryParse(text, out var form)) return form;
        errors.Add(ErrorMessages.Error($"{path}/placementForm", "field.unknownValue", string.Join(", ", Anbringelsesformer.Navne.Values)));
        return null;
    }

    /// <summary>The fields of one line; a field in double quotes may hold <c>;</c> and doubled quotes.</summary>
    private static List<string> Split(string row)
    {
        var cells = new List<string>();
        var cell = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < row.Length; i++)
        {
            var c = row[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < row.Length && row[i + 1] == '"') { cell.Append('"'); i++; }
                else if (c == '"') quoted = false;
                else cell.Append(c);
            }
            else if (c == '"' && cell.ToString().Trim().Length == 0) { cell.Clear(); quoted = true; }
            else if (c == ';') { cells.Add(cell.ToString()); cell.Clear(); }
            else cell.Append(c);
        }
        cells.Add(cell.ToString());
        return cells;
    }
}
