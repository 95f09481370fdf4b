namespace Visitation.Host.Infrastructure.Tenancy;

/// <summary>The roles a municipality's users can hold. Stored and sent as these exact strings.</summary>
public static class Roles
{
    public const string Procesdesigner = "Procesdesigner";
    public const string Raadgiver = "Raadgiver";
    public const string Leder = "Leder";
    public const string Oekonomi = "Oekonomi";
    public const string Administrator = "Administrator";

    /// <summary>A provider's user: sees and answers only the provider's own orders, nothing else of the municipality.</summary>
    public const string Leverandoer = "Leverandoer";

    /// <summary>Not a municipality role: the installation's own administrator.</summary>
    public const string InstallationAdministrator = "InstallationAdministrator";

    /// <summary>The roles of the municipality's own staff.</summary>
    public static readonly IReadOnlyList<string> MunicipalityRoles = [Procesdesigner, Raadgiver, Leder, Oekonomi, Administrator];

    /// <summary>Every role an administrator can give a user of the municipality: the staff roles, or a provider's.</summary>
    public static readonly IReadOnlyList<string> AssignableRoles = [.. MunicipalityRoles, Leverandoer];
}
