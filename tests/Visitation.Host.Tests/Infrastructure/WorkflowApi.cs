using System.Net;
using System.Text.Json.Nodes;

namespace Visitation.Host.Tests.Infrastructure;

/// <summary>The workflow API as a designer or integration calls it.</summary>
public static class WorkflowApi
{
    public sealed record Saved(string DefinitionId, int Version, string Format);

    public sealed record Started(string InstanceId, string Status, string SubStatus);

    public sealed record Bookmark(string Id, string ActivityId, string Name, DateTimeOffset? DueAt);

    public sealed record Instance(string Id, string DefinitionId, int Version, string Status, string SubStatus, string? CorrelationId,
        Dictionary<string, JsonNode?> Variables, Dictionary<string, JsonNode?> Output, List<Bookmark> Bookmarks, List<JsonObject> Incidents);

    public sealed record JournalEntry(int Sequence, string? ActivityId, string? ActivityType, string Event, string? Outcome, string? Actor, string? Message);

    public static async Task<Saved> ImportAsync(this ApiClient client, JsonObject definition) =>
        await client.ReadAsync<Saved>(await client.PostAsync("/api/workflow-definitions/import", definition), HttpStatusCode.Created);

    public static async Task PublishAsync(this ApiClient client, string definitionId, string note = "Test")
    {
        var response = await client.PostAsync($"/api/workflow-definitions/{definitionId}/publish", new { note });
        Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
    }

    public static async Task<Saved> ImportAndPublishAsync(this ApiClient client, JsonObject definition)
    {
        var saved = await client.ImportAsync(definition);
        await client.PublishAsync(saved.DefinitionId);
        return saved;
    }

    public static async Task<Started> ExecuteAsync(this ApiClient client, string definitionId, object? body = null) =>
        await client.ReadAsync<Started>(await client.PostAsync($"/api/workflow-definitions/{definitionId}/execute", body ?? new { }));

    public static async Task<Instance> InstanceAsync(this ApiClient client, string instanceId) =>
        await client.ReadAsync<Instance>(await client.GetAsync($"/api/workflow-instances/{instanceId}"));

    public static async Task<List<JournalEntry>> JournalAsync(this ApiClient client, string instanceId) =>
        await client.ReadAsync<List<JournalEntry>>(await client.GetAsync($"/api/workflow-instances/{instanceId}/journal"));

    public static async Task<List<string>> LinesAsync(this ApiClient client, string instanceId) =>
        (await client.JournalAsync(instanceId)).Where(e => e.ActivityType == "Elsa.WriteLine" && e.Event == "Completed" && e.Message is not null)
            .Select(e => e.Message!).ToList();
}
