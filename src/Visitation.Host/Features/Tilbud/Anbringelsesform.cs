using System.Text;

namespace Visitation.Host.Features.Tilbud;

/// <summary>
/// Where a placement places the child (docs/domain.md § 7 and docs/glossary.md). The indsatstrappe ranks them: a network foster family
/// before a foster family, and a foster family before a residential home, an institution, an own room or a boarding school.
/// </summary>
public enum Anbringelsesform
{
    Netvaerksplejefamilie,
    Plejefamilie,
    Opholdssted,
    Doegninstitution,
    EgetVaerelse,
    KostEllerEfterskole,
}

/// <summary>The placement forms' Danish names, as a CSV file may write them.</summary>
public static class Anbringelsesformer
{
    public static readonly IReadOnlyDictionary<Anbringelsesform, string> Navne = new Dictionary<Anbringelsesform, string>
    {
        [Anbringelsesform.Netvaerksplejefamilie] = "netværksplejefamilie",
        [Anbringelsesform.Plejefamilie] = "plejefamilie",
        [Anbringelsesform.Opholdssted] = "opholdssted",
        [Anbringelsesform.Doegninstitution] = "døgninstitution",
        [Anbringelsesform.EgetVaerelse] = "eget værelse",
        [Anbringelsesform.KostEllerEfterskole] = "kost- eller efterskole",
    };

    /// <summary>
    /// A form by its Danish name or its code, with case, spaces, hyphens and underscores ignored and æ, ø, å also accepted
    /// as ae, oe, aa: <c>Døgninstitution</c>, <c>doegninstitution</c>, <c>eget værelse</c> and <c>EgetVaerelse</c> all read.
    /// </summary>
    public static bool TryParse(string? text, out Anbringelsesform form)
    {
        var key = Key(text);
        foreach (var (candidate, navn) in Navne)
        {
            if (key != Key(navn) && key != Key(candidate.ToString())) continue;
            form = candidate;
            return true;
        }
        form = default;
        return false;
    }

    private static string Key(string? text)
    {
        var key = new StringBuilder();
        foreach (var c in (text ?? "").ToLowerInvariant())
        {
            if (c is ' ' or '-' or '_' or '\u00A0') continue;
            key.Append(c switch { 'æ' => "ae", 'ø' => "oe", 'å' => "aa", _ => c.ToString() });
        }
        return key.ToString();
    }
}
