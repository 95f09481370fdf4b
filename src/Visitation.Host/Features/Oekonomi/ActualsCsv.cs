using System.Globalization;
using Visitation.Host.Features.Kompetenceplaner;
using Visitation.Host.Features.Sager;

namespace Visitation.Host.Features.Oekonomi;

/// <summary>One parsed line of an actuals file; the child only as its CPR number, which never leaves this feature.</summary>
public sealed record ActualsCsvLine(int LineNumber, Cpr Cpr, string MeasureType, int Year, int Month, decimal Amount);

/// <summary>A finding on one line of the file: line number (1 is the header), column and a message that never repeats the line's values.</summary>
public sealed record ActualsLineError(int Line, string? Column, string Code, string Message);

/// <summary>
/// Reads the finance system's file of actuals (docs/economy.md, "Actuals file"): a header line <c>cpr;indsats;maaned;beloeb</c>,
/// then one line per child, measure and month, separated by semicolons. Amounts in Danish format (<c>12.345,67</c>,
/// <c>-500</c>), months as <c>yyyy-MM</c>. Every wrong line is reported; no value of a line is repeated in a message.
/// </summary>
public static class ActualsCsv
{
    public const int MaxLines = 50_000;

    public const decimal MaxAmount = 10_000_000m;

    public static readonly IReadOnlyList<string> Columns = ["cpr", "indsats", "maaned", "beloeb"];

    public static (IReadOnlyList<ActualsCsvLine> Lines, IReadOnlyList<ActualsLineError> Errors) Parse(string content)
    {
        var lines = new List<ActualsCsvLine>();
        var errors = new List<ActualsLineError>();
        var rows = content.Replace("\r\n", "\n").Replace('\r', '\n').Split('\n');
        if (rows.Length > 0 && rows[0].StartsWith('\uFEFF')) rows[0] = rows[0][1..];
        var header = rows.Length > 0 ? Split(rows[0]).Select(c => c.Trim().ToLowerInvariant()).ToList() : [];
        if (!header.SequenceEqual(Columns))
        {
            errors.Add(Error(1, null, "actuals.header", string.Join(";", Columns)));
            return (lines, errors);
        }
        var seen = new Dictionary<(string, string, int, int), int>();
        var dataLines = 0;
        for (var i = 1; i < rows.Length; i++)
        {
            var number = i + 1;
            if (string.IsNullOrWhiteSpace(rows[i])) continue;
            if (++dataLines > MaxLines)
            {
                errors.Add(Error(number, null, "actuals.tooManyLines", MaxLines));
                break;
            }
            var cells = Split(rows[i]);
            if (cells.Count != Columns.Count)
            {
                errors.Add(Error(number, null, "actuals.columns", number, Columns.Count, cells.Count));
                continue;
            }
            var before = errors.Count;
            if (!Cpr.TryParse(Unquote(cells[0]), out var cpr)) errors.Add(Error(number, "cpr", "actuals.cprInvalid", number));
            var type = Unquote(cells[1]).Trim().ToLowerInvariant();
            if (!MeasureCatalogue.MeasureTypes.Contains(type)) errors.Add(Error(number, "indsats", "actuals.measureType", number, string.Join(", ", MeasureCatalogue.MeasureTypes)));
            var month = ParseMonth(Unquote(cells[2]));
            if (month is null) errors.Add(Error(number, "maaned", "actuals.month", number));
            var amount = ParseAmount(Unquote(cells[3]));
            if (amount is null) errors.Add(Error(number, "beloeb", "actuals.amount", number));
            else if (Math.Abs(amount.Value) > MaxAmount) errors.Add(Error(number, "beloeb", "actuals.amountRange", number, MaxAmount.ToString("N0", CultureInfo.GetCultureInfo("da-DK"))));
            if (errors.Count > before) continue;
            var key = (cpr!.Reveal(), type, month!.Value.Year, month.Value.Month);
            if (seen.TryGetValue(key, out var first))
            {
                errors.Add(Error(number, null, "actuals.duplicate", number, first));
                continue;
            }
            seen[key] = number;
            lines.Add(new ActualsCsvLine(number, cpr, type, month.Value.Year, month.Value.Month, amount!.Value));
        }
        if (errors.Count == 0 && lines.Count == 0) errors.Add(Error(1, null, "actuals.empty"));
        return (lines, errors);
    }

    public static ActualsLineError Error(int line, string? column, string code, params object[] args) =>
        new(line, column, code, Infrastructure.Errors.ErrorMessages.Get(code, args));

    static List<string> Split(string row) => [.. row.Split(';')];

    static string Unquote(string cell)
    {
        var trimmed = cell.Trim();
        return trimmed.Length >= 2 && trimmed[0] == '"' && trimmed[^1] == '"' ? trimmed[1..^1].Replace("\"\"", "\"") : trimmed;
    }

    static (int Year, int Month)? ParseMonth(string text)
    {
        var t = text.Trim();
        if (t.Length != 7 || t[4] != '-' || !int.TryParse(t[..4], NumberStyles.None, CultureInfo.InvariantCulture, out var year)
            || !int.TryParse(t[5..], NumberStyles.None, CultureInfo.InvariantCulture, out var month)) return null;
        if (year is < Economy.FirstYear or > Economy.LastYear || month is < 1 or > 12) return null;
        return (year, month);
    }

    /// <summary>Danish format: optional minus, digits with optional thousands dots in groups of three, optional comma and one or two decimals.</summary>
    public static decimal? ParseAmount(string text)
    {
        var t = text.Trim().Replace(" ", "");
        if (t.Length == 0 || t.Length > 20) return null;
        var negative = t.StartsWith('-');
        if (negative) t = t[1..];
        var parts = t.Split(',');
        if (parts.Length > 2) return null;
        var whole = parts[0];
        var fraction = parts.Length == 2 ? parts[1] : "";
        if (parts.Length == 2 && fraction.Length is < 1 or > 2) return null;
        if (!fraction.All(char.IsAsciiDigit)) return null;
        if (whole.Contains('.'))
        {
            var groups = whole.Split('.');
            if (groups[0].Length is < 1 or > 3 || groups.Skip(1).Any(g => g.Length != 3)) return null;
            whole = string.Concat(groups);
        }
        if (whole.Length == 0 || !whole.All(char.IsAsciiDigit)) return null;
        var value = decimal.Parse(whole + (fraction.Length > 0 ? "." + fraction : ""), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture);
        return negative ? -value : value;
    }
}
