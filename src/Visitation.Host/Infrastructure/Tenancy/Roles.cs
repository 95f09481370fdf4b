namespace Visitation.Host.Infrastructure.Tenancy;

/// <summary>The roles a municipality's users can hold. Stored and sent as these exact strings.</summary>
public static class Roles
{
    public const string Procesdesigner = "Procesdesigner";
    public const string Raadgiver = "Raadgiver";
    public const string Leder = "Leder";
    public const string Oekonomi = "Oekonomi";
    public const string Administrator = "Administrator";

    /// <summary>Not a municipality role: the installation's own administrator.</summary>
    public const string InstallationAdministrator = "InstallationAdministrator";

    public static readonly IReadOnlyList<string> MunicipalityRoles = [Procesdesigner, Raadgiver, Leder, Oekonomi, Administrator];
}
