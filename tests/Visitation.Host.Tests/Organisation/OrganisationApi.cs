using System.Net;
using Visitation.Host.Tests.Infrastructure;

namespace Visitation.Host.Tests.Organisation;

public static class OrganisationApi
{
    public sealed record Level(string Id, string Name, string Kind);

    public sealed record Team(string Id, string Name);

    public sealed record Colleague(string Username, string DisplayName, string? Team, string? Title, List<string> Roles);

    public sealed record UserOrganisation(Guid Id, string Username, string DisplayName, string? Team, string? Title, List<string> Levels, bool Experienced,
        string? Substitute, DateTimeOffset? AbsentFrom, DateTimeOffset? AbsentTo);

    /// <summary>Creates the level unless the municipality already has it.</summary>
    public static async Task EnsureLevelAsync(ApiClient admin, string id, string name, string kind)
    {
        var response = await admin.PostAsync("/api/organisation/levels", new { id, name, kind });
        Assert.True(response.StatusCode is HttpStatusCode.Created or HttpStatusCode.Conflict, await response.Content.ReadAsStringAsync());
    }

    public static string NewId(string prefix) => $"{prefix}-{Guid.NewGuid():N}"[..(prefix.Length + 9)];
}
