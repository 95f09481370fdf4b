using System.Text.Json.Nodes;

namespace Visitation.Host.Tests.Infrastructure;

/// <summary>Flow definitions for tests: Elsa's own fixtures under a fresh id, and small hand-written flows.</summary>
public static class Flows
{
    public static string FixturePath(string folder, string file)
    {
        var root = new DirectoryInfo(AppContext.BaseDirectory);
        while (root is not null && !File.Exists(Path.Combine(root.FullName, "Visitation.sln"))) root = root.Parent;
        var path = Path.Combine(root?.FullName ?? throw new InvalidOperationException("Visitation.sln not found"), "tests", "fixtures", folder, file);
        if (!File.Exists(path)) throw new FileNotFoundException($"Fixture missing: tests/fixtures/{folder}/{file}.", path);
        return path;
    }

    /// <summary>An Elsa 3 fixture with its definitionId replaced, so tests never collide.</summary>
    public static JsonObject Elsa3Fixture(string file, string? definitionId = null)
    {
        var json = JsonNode.Parse(File.ReadAllText(FixturePath("elsa3", file)))!.AsObject();
        if (definitionId is not null) json["definitionId"] = definitionId;
        return json;
    }

    public static string NewId(string prefix) => $"{prefix}-{Guid.NewGuid():N}"[..Math.Min(prefix.Length + 13, prefix.Length + 33)];

    public static JsonObject Literal(string typeName, JsonNode? value) =>
        new() { ["typeName"] = typeName, ["expression"] = new JsonObject { ["type"] = "Literal", ["value"] = value } };

    public static JsonObject Activity(string id, string type, params (string Name, JsonNode Value)[] inputs)
    {
        var activity = new JsonObject { ["id"] = id, ["type"] = type, ["version"] = 1 };
        foreach (var (name, value) in inputs) activity[name] = value;
        return activity;
    }

    public static JsonObject Connect(string source, string target, string port = "Done") => new()
    {
        ["source"] = new JsonObject { ["activity"] = source, ["port"] = port },
        ["target"] = new JsonObject { ["activity"] = target, ["port"] = "In" },
    };

    /// <summary>A flowchart of the given activities and connections, in the Elsa 3 shape.</summary>
    public static JsonObject Flowchart(string definitionId, JsonObject[] activities, JsonObject[] connections) => new()
    {
        ["definitionId"] = definitionId,
        ["name"] = definitionId,
        ["root"] = new JsonObject
        {
            ["id"] = "flowchart",
            ["type"] = "Elsa.Flowchart",
            ["version"] = 1,
            ["activities"] = new JsonArray(activities.Cast<JsonNode>().ToArray()),
            ["connections"] = new JsonArray(connections.Cast<JsonNode>().ToArray()),
        },
    };

    /// <summary>Start → wait for event <paramref name="eventName"/> → write "after event".</summary>
    public static JsonObject WaitForEvent(string definitionId, string eventName) => Flowchart(definitionId,
        [
            Activity("start", "Elsa.Start"),
            Activity("wait", "Elsa.Event", ("eventName", Literal("String", eventName))),
            Activity("after", "Elsa.WriteLine", ("text", Literal("String", "after event"))),
        ],
        [Connect("start", "wait"), Connect("wait", "after")]);

    /// <summary>Start → delay → write "after delay".</summary>
    public static JsonObject Delay(string definitionId, string timeSpan) => Flowchart(definitionId,
        [
            Activity("start", "Elsa.Start"),
            Activity("delay", "Elsa.Delay", ("timeSpan", Literal("TimeSpan", timeSpan))),
            Activity("after", "Elsa.WriteLine", ("text", Literal("String", "after delay"))),
        ],
        [Connect("start", "delay"), Connect("delay", "after")]);
}
