using System.Text.Json.Nodes;

namespace Visitation.Workflows.Tests.Execution;

/// <summary>Builds small Elsa 3 definitions as JSON for tests: few verbs, each returning the builder.</summary>
public sealed class TestFlow(string definitionId = "test-flow", string root = "Elsa.Flowchart")
{
    readonly JsonArray _activities = [];
    readonly JsonArray _connections = [];
    readonly JsonArray _variables = [];
    readonly JsonArray _outputs = [];

    public static JsonObject Literal(JsonNode? value) => Expr("Literal", value);
    public static JsonObject Js(string script) => Expr("JavaScript", script);
    public static JsonObject Obj(string json) => Expr("Object", json);

    static JsonObject Expr(string type, JsonNode? value) =>
        new() { ["typeName"] = "Object", ["expression"] = new JsonObject { ["type"] = type, ["value"] = value } };

    public TestFlow Add(string id, string type, params (string Name, JsonNode? Value)[] inputs) =>
        Add(id, type, null, inputs);

    public TestFlow Add(string id, string type, JsonObject? customProperties, params (string Name, JsonNode? Value)[] inputs)
    {
        var activity = new JsonObject { ["id"] = id, ["type"] = type, ["version"] = 1, ["customProperties"] = customProperties ?? new JsonObject() };
        foreach (var (name, value) in inputs) activity[name] = value;
        _activities.Add(activity);
        return this;
    }

    public TestFlow Line(string id, string text) => Add(id, "Elsa.WriteLine", ("text", Literal(text)));

    public TestFlow Connect(string source, string target, string port = "Done")
    {
        _connections.Add(new JsonObject
        {
            ["source"] = new JsonObject { ["activity"] = source, ["port"] = port },
            ["target"] = new JsonObject { ["activity"] = target, ["port"] = "In" },
        });
        return this;
    }

    public TestFlow Variable(string name, string typeName = "Object", string? value = null)
    {
        _variables.Add(new JsonObject { ["id"] = name, ["name"] = name, ["typeName"] = typeName, ["value"] = value });
        return this;
    }

    public TestFlow Output(string name)
    {
        _outputs.Add(new JsonObject { ["name"] = name, ["type"] = "Object" });
        return this;
    }

    public string Build() => new JsonObject
    {
        ["id"] = definitionId + "-v1",
        ["definitionId"] = definitionId,
        ["name"] = definitionId,
        ["version"] = 1,
        ["isLatest"] = true,
        ["isPublished"] = true,
        ["variables"] = _variables.DeepClone(),
        ["outputs"] = _outputs.DeepClone(),
        ["root"] = new JsonObject
        {
            ["id"] = "root",
            ["type"] = root,
            ["version"] = 1,
            ["activities"] = _activities.DeepClone(),
            ["connections"] = _connections.DeepClone(),
        },
    }.ToJsonString();
}
