using Visitation.Host.Infrastructure.Tenancy;

namespace Visitation.Host.Infrastructure.Seeding;

/// <summary>The demo municipalities and their users: one per role, named <c>role@code</c>, password <c>demo</c>.</summary>
public static class DemoData
{
    public const string Password = "demo";

    public const string InstallationAdministrator = "admin";

    public static readonly IReadOnlyList<(string Code, string Name)> Kommuner = [("9901", "Demo Nord"), ("9902", "Demo Syd")];

    public static readonly IReadOnlyDictionary<string, string> RoleDisplayNames = new Dictionary<string, string>
    {
        [Roles.Procesdesigner] = "Procesdesigner",
        [Roles.Raadgiver] = "Rådgiver",
        [Roles.Leder] = "Leder",
        [Roles.Oekonomi] = "Økonomi",
        [Roles.Administrator] = "Administrator",
    };

    public static string UserName(string role, string kommuneCode) => $"{role.ToLowerInvariant()}@{kommuneCode}";
}
