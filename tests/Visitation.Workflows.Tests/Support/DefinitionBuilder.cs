using Visitation.Workflows.Definitions;
using Visitation.Workflows.Definitions.Serialization;

namespace Visitation.Workflows.Tests.Support;

/// <summary>Builds small definitions from JSON fragments for validation tests.</summary>
public static class DefinitionBuilder
{
    /// <summary>A flowchart root holding <paramref name="activities"/> and <paramref name="connections"/> (JSON array bodies).</summary>
    public static WorkflowDefinition Flowchart(string activities, string connections = "", string? start = null) =>
        DefinitionSerializer.Read($$"""
            { "id": "v1", "definitionId": "d1", "name": "Test",
              "root": { "id": "flow", "type": "Elsa.Flowchart", {{(start is null ? "" : $"\"start\": \"{start}\",")}}
                "activities": [ {{activities}} ], "connections": [ {{connections}} ] } }
            """);

    public static string Activity(string id, string type, string inputs = "") =>
        $$"""{ "id": "{{id}}", "type": "{{type}}", "version": 1{{(inputs.Length > 0 ? ", " + inputs : "")}} }""";

    public static string WriteLine(string id, string text = "x") =>
        Activity(id, "Elsa.WriteLine", $$"""
            "text": { "typeName": "String", "expression": { "type": "Literal", "value": "{{text}}" } }
            """);

    public static string Literal(string name, string jsonValue) =>
        $$"""
        "{{name}}": { "expression": { "type": "Literal", "value": {{jsonValue}} } }
        """;

    public static string Script(string name, string type, string value) =>
        $$"""
        "{{name}}": { "expression": { "type": "{{type}}", "value": {{System.Text.Json.JsonSerializer.Serialize(value)}} } }
        """;

    public static string Connect(string source, string sourcePort, string target, string targetPort = "In") =>
        $$"""{ "source": { "activity": "{{source}}", "port": "{{sourcePort}}" }, "target": { "activity": "{{target}}", "port": "{{targetPort}}" } }""";
}
