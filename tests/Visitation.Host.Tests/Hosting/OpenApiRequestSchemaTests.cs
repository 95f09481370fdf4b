using System.Reflection;
using System.Text.Json.Nodes;
using Visitation.Host.Tests.Infrastructure;

namespace Visitation.Host.Tests.Hosting;

/// <summary>
/// The request bodies the OpenAPI document describes are the ones the endpoints bind: a property the document marks as required
/// must be one a client can send, a constructor parameter or a settable property of the request type, never a value the type
/// computes for itself.
/// </summary>
[Collection(SqliteCollection.Name)]
public sealed class OpenApiRequestSchemaTests(SqliteHostFixture host)
{
    [Fact]
    public async Task Should_require_in_every_request_body_only_properties_that_the_endpoint_binds()
    {
        // Outside Development the description is for signed-in users.
        using var client = await host.Client().SignedInAsync("procesdesigner@9901");
        var response = await client.GetAsync("/swagger/v1/swagger.json");
        response.EnsureSuccessStatusCode();
        var document = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        var schemas = document["components"]!["schemas"]!.AsObject();
        var types = typeof(Program).Assembly.GetTypes()
            .Where(t => t.FullName!.StartsWith("Visitation.Host.Features.", StringComparison.Ordinal))
            .ToDictionary(t => t.FullName!.Replace("Visitation.Host.Features.", "").Replace('+', '.'), t => t);
        var requestSchemas = document["paths"]!.AsObject()
            .SelectMany(path => path.Value!.AsObject().Select(operation => operation.Value?["requestBody"]?["content"]?["application/json"]?["schema"]?["$ref"]))
            .OfType<JsonValue>().Select(r => r.GetValue<string>().Split('/').Last()).Distinct().ToList();
        Assert.NotEmpty(requestSchemas);

        var unbound = new List<string>();
        foreach (var id in requestSchemas)
        {
            if (!types.TryGetValue(id, out var type) || schemas[id]?["required"] is not JsonArray required) continue;
            var bindable = type.GetConstructors().SelectMany(c => c.GetParameters()).Select(p => p.Name!)
                .Concat(type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.SetMethod is { IsPublic: true }).Select(p => p.Name))
                .ToHashSet(StringComparer.OrdinalIgnoreCase);
            unbound.AddRange(required.Select(r => r!.GetValue<string>()).Where(name => !bindable.Contains(name)).Select(name => $"{id}.{name}"));
        }

        Assert.Empty(unbound);
    }
}
