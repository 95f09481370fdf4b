using System.Globalization;
using System.Net;
using Visitation.Host.Tests.Infrastructure;

namespace Visitation.Host.Tests.Kommuner;

public static class KommuneApi
{
    public const string Password = "lang-nok-kode";

    /// <summary>A municipality of its own, added by the installation administrator, with its administrator signed in.</summary>
    public static async Task<(string Code, string AdministratorName, ApiClient Administrator)> NewMunicipalityAsync(HostFixture host, ApiClient installation)
    {
        var code = RandomCode();
        while ((await installation.PostAsync("/api/kommuner", new { code, name = $"Testkommune {code}" })).StatusCode == HttpStatusCode.Conflict)
            code = RandomCode();
        var administratorName = $"administrator-{Guid.NewGuid():N}"[..22] + "@" + code;
        var created = await installation.PostAsync($"/api/kommuner/{code}/administrators",
            new { username = administratorName, displayName = "Administrator", password = Password });
        Assert.True(created.StatusCode == HttpStatusCode.Created, await created.Content.ReadAsStringAsync());
        return (code, administratorName, await host.Client().SignedInAsync(administratorName, Password));
    }

    /// <summary>A user of the administrator's municipality with one role, signed in; returns the user name too.</summary>
    public static async Task<(string UserName, ApiClient Client)> UserAsync(HostFixture host, ApiClient administrator, string code, string role, Guid? providerId = null)
    {
        var username = $"{role.ToLowerInvariant()}-{Guid.NewGuid():N}"[..(role.Length + 9)] + "@" + code;
        var response = await administrator.PostAsync("/api/users", new { username, displayName = role, password = Password, roles = new[] { role }, providerId });
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (username, await host.Client().SignedInAsync(username, Password));
    }

    private static string RandomCode() => Random.Shared.Next(1000, 9899).ToString(CultureInfo.InvariantCulture);
}
