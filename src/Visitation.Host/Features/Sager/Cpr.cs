using System.Text.Json.Serialization;

namespace Visitation.Host.Features.Sager;

/// <summary>The legal sex that a CPR number records in its last digit (even: kvinde, odd: mand).</summary>
public enum JuridiskKoen
{
    Kvinde,
    Mand,
}

/// <summary>
/// A Danish CPR number (personnummer) whose format and date are valid. It never shows itself:
/// <see cref="ToString"/> and JSON give the masked form <c>DDMMYY-XXXX</c>, and parsing failures carry no
/// digits, so a CPR number cannot reach a log line, an exception or an error message by accident. Only
/// <see cref="Reveal"/> gives the full number, for storage and the case page.
/// </summary>
/// <remarks>
/// Valid means ten digits (optionally a dash after the sixth) whose first six are a real date DDMMYY; the
/// seventh digit fixes the century as the CPR office does (0-3: 1900s; 4 and 9: 2000-2036, else 1900s;
/// 5-8: 2000-2057, else 1858-1899). There is no modulus-11 check: numbers issued since 2007 need not pass it.
/// Substitute and unknown numbers are not CPR numbers in this sense.
/// </remarks>
[JsonConverter(typeof(CprJsonConverter))]
public sealed class Cpr : IEquatable<Cpr>
{
    private readonly string digits;

    private Cpr(string digits, DateOnly dateOfBirth)
    {
        this.digits = digits;
        DateOfBirth = dateOfBirth;
    }

    public DateOnly DateOfBirth { get; }

    public JuridiskKoen JuridiskKoen => (digits[9] - '0') % 2 == 0 ? JuridiskKoen.Kvinde : JuridiskKoen.Mand;

    /// <summary><c>DDMMYY-XXXX</c>: the date of birth shown, the sequence number hidden.</summary>
    public string Masked => digits[..6] + "-XXXX";

    /// <summary>The full number as <c>DDMMYY-SSSS</c>. Use only where the law and the screen need it.</summary>
    public string Reveal() => digits[..6] + "-" + digits[6..];

    public static bool TryParse(string? text, out Cpr? cpr)
    {
        cpr = null;
        if (text is null) return false;
        var trimmed = text.Trim();
        if (trimmed.Length == 11 && trimmed[6] == '-') trimmed = trimmed.Remove(6, 1);
        if (trimmed.Length != 10 || !trimmed.All(char.IsAsciiDigit)) return false;
        var day = Number(trimmed, 0);
        var month = Number(trimmed, 2);
        var year = Year(Number(trimmed, 4), trimmed[6] - '0');
        if (month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month)) return false;
        cpr = new Cpr(trimmed, new DateOnly(year, month, day));
        return true;
    }

    /// <exception cref="FormatException">The text is not a valid CPR number; the message does not repeat it.</exception>
    public static Cpr Parse(string? text) =>
        TryParse(text, out var cpr) ? cpr! : throw new FormatException("Not a valid CPR number.");

    /// <summary>The full year of birth from the two-digit year and the seventh digit.</summary>
    public static int Year(int twoDigitYear, int seventhDigit) => seventhDigit switch
    {
        <= 3 => 1900 + twoDigitYear,
        4 or 9 => twoDigitYear <= 36 ? 2000 + twoDigitYear : 1900 + twoDigitYear,
        _ => twoDigitYear <= 57 ? 2000 + twoDigitYear : 1800 + twoDigitYear,
    };

    public override string ToString() => Masked;

    public bool Equals(Cpr? other) => other is not null && other.digits == digits;

    public override bool Equals(object? obj) => Equals(obj as Cpr);

    public override int GetHashCode() => digits.GetHashCode(StringComparison.Ordinal);

    private static int Number(string text, int at) => (text[at] - '0') * 10 + (text[at + 1] - '0');
}
