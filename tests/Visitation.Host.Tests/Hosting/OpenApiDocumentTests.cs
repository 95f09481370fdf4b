using System.Text.Json;
using System.Text.Json.Nodes;
using Visitation.Host.Tests.Infrastructure;

namespace Visitation.Host.Tests.Hosting;

/// <summary>
/// The Studio's API types are generated from src/Visitation.Studio/openapi.json. After an API change, run the
/// tests with UPDATE_OPENAPI=1 to rewrite that file from the served document, and commit it.
/// </summary>
[Collection(SqliteCollection.Name)]
public sealed class OpenApiDocumentTests(SqliteHostFixture host)
{
    private static readonly string[] Methods = ["get", "put", "post", "delete", "patch"];

    [Fact]
    public async Task Should_describe_every_operation_with_a_tag_and_a_summary_and_the_sign_in_scheme()
    {
        var document = await ServedDocumentAsync();

        Assert.StartsWith("3.", document["openapi"]!.GetValue<string>());
        var operations = document["paths"]!.AsObject()
            .SelectMany(path => path.Value!.AsObject().Where(o => Methods.Contains(o.Key)).Select(o => (Path: path.Key, Method: o.Key, Operation: o.Value!)))
            .ToList();
        Assert.Contains(operations, o => o.Path == "/api/auth/login" && o.Method == "post");
        Assert.All(operations, o =>
        {
            Assert.True(o.Operation["tags"]?.AsArray().Count > 0, $"{o.Method} {o.Path} has no tag");
            Assert.False(string.IsNullOrWhiteSpace(o.Operation["summary"]?.GetValue<string>()), $"{o.Method} {o.Path} has no summary");
        });
        var schemes = document["components"]!["securitySchemes"]!.AsObject();
        Assert.Equal("cookie", schemes["sessionCookie"]!["in"]!.GetValue<string>());
        Assert.Equal("X-XSRF-TOKEN", schemes["xsrfHeader"]!["name"]!.GetValue<string>());
    }

    [Fact]
    public async Task Should_match_the_committed_copy_that_the_studio_types_are_generated_from()
    {
        var served = (await ServedDocumentAsync()).ToJsonString(new JsonSerializerOptions { WriteIndented = true }) + "\n";
        var committedPath = Path.Combine(RepositoryRoot(), "src", "Visitation.Studio", "openapi.json");

        if (Environment.GetEnvironmentVariable("UPDATE_OPENAPI") == "1") await File.WriteAllTextAsync(committedPath, served);

        Assert.True(File.Exists(committedPath), $"Missing {committedPath}; run the tests with UPDATE_OPENAPI=1.");
        var committed = JsonNode.Parse(await File.ReadAllTextAsync(committedPath));
        Assert.True(JsonNode.DeepEquals(committed, JsonNode.Parse(served)),
            "src/Visitation.Studio/openapi.json differs from the document the host serves; run the tests with UPDATE_OPENAPI=1 and commit the file.");
    }

    private async Task<JsonNode> ServedDocumentAsync()
    {
        // Outside Development the description is for signed-in users.
        using var client = await host.Client().SignedInAsync("procesdesigner@9901");
        var response = await client.GetAsync("/swagger/v1/swagger.json");
        response.EnsureSuccessStatusCode();
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
    }

    private static string RepositoryRoot()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "Visitation.sln"))) folder = folder.Parent;
        return folder?.FullName ?? throw new InvalidOperationException("Visitation.sln not found above the test's folder.");
    }
}
