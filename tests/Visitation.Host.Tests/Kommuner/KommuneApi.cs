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
        await InviteAndAcceptAsync(host, installation, code, administratorName, Password);
        return (code, administratorName, await host.Client().SignedInAsync(administratorName, Password));
    }

    public sealed record Invitation(string Token, string Link, DateTimeOffset ExpiresAt);

    /// <summary>The installation administrator invites the municipality's first administrator, who sets their password through the link.</summary>
    public static async Task InviteAndAcceptAsync(HostFixture host, ApiClient installation, string code, string username, string password)
    {
        var invitation = await InviteAsync(installation, code, username);
        using var invitee = host.Client();
        var accepted = await invitee.PostAsync("/api/invitations/accept", new { token = invitation.Token, password });
        Assert.True(accepted.StatusCode == HttpStatusCode.OK, await accepted.Content.ReadAsStringAsync());
    }

    public static async Task<Invitation> InviteAsync(ApiClient installation, string code, string username)
    {
        var created = await installation.PostAsync($"/api/kommuner/{code}/administrators", new { username, displayName = "Administrator" });
        var text = await created.Content.ReadAsStringAsync();
        Assert.True(created.StatusCode == HttpStatusCode.Created, text);
        return System.Text.Json.JsonSerializer.Deserialize<Invitation>(text, new System.Text.Json.JsonSerializerOptions(System.Text.Json.JsonSerializerDefaults.Web))!;
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
