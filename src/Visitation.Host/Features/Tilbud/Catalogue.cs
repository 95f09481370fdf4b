namespace Visitation.Host.Features.Tilbud;

/// <summary>How the catalogue sorts and matches names: Danish alphabetical order (æ, ø, å last), case ignored.</summary>
public static class Catalogue
{
    public static readonly StringComparer NameOrder = StringComparer.Create(new System.Globalization.CultureInfo("da-DK"), ignoreCase: true);

    public static bool Contains(string? text, string search) => text?.Contains(search, StringComparison.CurrentCultureIgnoreCase) == true;
}
