using System.Net;
using System.Text.Json;

namespace Visitation.Host.Tests.Infrastructure;

/// <summary>Reads an error response and checks it has the one shape every error has (D14).</summary>
public static class Problem
{
    public sealed record Error(string Path, string Code, string Message);

    public static async Task<IReadOnlyList<Error>> AssertAsync(HttpResponseMessage response, HttpStatusCode status, string code, string? path = null)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == status, $"Expected {(int)status}, got {(int)response.StatusCode}: {text}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var document = JsonDocument.Parse(text);
        Assert.Equal((int)status, document.RootElement.GetProperty("status").GetInt32());
        Assert.False(string.IsNullOrWhiteSpace(document.RootElement.GetProperty("title").GetString()));
        var errors = document.RootElement.GetProperty("errors").Deserialize<List<Error>>(Json.Options)!;
        Assert.Contains(errors, e => e.Code == code && (path is null || e.Path == path));
        Assert.All(errors, e => Assert.False(string.IsNullOrWhiteSpace(e.Message)));
        return errors;
    }
}
