using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace Visitation.Workflows.Descriptors;

/// <summary>Text in Danish (default) and English.</summary>
public sealed record LocalizedText(string Da, string En)
{
    /// <summary>The text for a language code (<c>en</c> gives English, anything else Danish).</summary>
    public string For(string? language) =>
        language is not null && language.StartsWith("en", StringComparison.OrdinalIgnoreCase) ? En : Da;
}

/// <summary>
/// What the designer, the validator and the runtime know about one activity type and version.
/// </summary>
/// <remarks>
/// Built by <see cref="ActivityDescriptorFactory"/> from a class carrying <see cref="ActivityAttribute"/>, or
/// written by hand for activities without a class (the structural containers). Ports: the static
/// <see cref="Outcomes"/>, plus, when <see cref="OutcomesFromInput"/> is set, the names found in that input's
/// value (FlowFork branches, FlowSwitch case labels). The only target port is <c>In</c>.
/// </remarks>
public sealed record ActivityDescriptor
{
    public required string Type { get; init; }
    public int Version { get; init; } = 1;
    public required LocalizedText DisplayName { get; init; }
    public string? Category { get; init; }
    public LocalizedText? Description { get; init; }
    public IReadOnlyList<InputDescriptor> Inputs { get; init; } = [];
    public IReadOnlyList<OutputDescriptor> Outputs { get; init; } = [];
    public IReadOnlyList<string> Outcomes { get; init; } = ["Done"];

    /// <summary>The input whose value names further outcome ports; null when the outcomes are static.</summary>
    public string? OutcomesFromInput { get; init; }

    public bool IsBlocking { get; init; }
    public bool CanStartWorkflow { get; init; }
    public bool IsContainer { get; init; }

    /// <summary>The implementing class, when there is one.</summary>
    [JsonIgnore]
    public Type? ClrType { get; init; }

    public InputDescriptor? FindInput(string name) =>
        Inputs.FirstOrDefault(i => string.Equals(i.Name, name, StringComparison.OrdinalIgnoreCase));
}

/// <summary>One input of an activity type.</summary>
public sealed record InputDescriptor
{
    /// <summary>JSON (camelCase) name, e.g. <c>text</c>.</summary>
    public required string Name { get; init; }

    /// <summary>Elsa-style type name of the value, e.g. <c>String</c>, <c>Int32</c>, <c>TimeSpan</c>, <c>Object</c>.</summary>
    public required string Type { get; init; }

    public required LocalizedText DisplayName { get; init; }
    public LocalizedText? Description { get; init; }
    public string? UiHint { get; init; }
    public JsonNode? DefaultValue { get; init; }
    public bool Required { get; init; }
    public string? OptionsSource { get; init; }
    public string? Category { get; init; }

    [JsonIgnore]
    public Type? ClrType { get; init; }
}

/// <summary>One output of an activity type.</summary>
public sealed record OutputDescriptor
{
    public required string Name { get; init; }
    public required string Type { get; init; }
    public required LocalizedText DisplayName { get; init; }
    public LocalizedText? Description { get; init; }

    [JsonIgnore]
    public Type? ClrType { get; init; }
}
