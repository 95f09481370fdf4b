namespace Visitation.Workflows.Definitions.Serialization;

/// <summary>The JSON is not a definition this runtime can read (not JSON, neither Elsa 2 nor Elsa 3, or missing an essential member).</summary>
public sealed class DefinitionFormatException(string code, string message, string path = "") : Exception(message)
{
    /// <summary>Stable code, e.g. <c>definition.unknownFormat</c>, <c>definition.invalidJson</c>, <c>activity.missingType</c>.</summary>
    public string Code { get; } = code;

    /// <summary>JSON Pointer to the offending member; empty for the whole document.</summary>
    public string Path { get; } = path;
}
