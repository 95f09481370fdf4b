using System.Text.Json.Nodes;
using Visitation.Workflows.Descriptors;

namespace Visitation.Host.Features.Descriptors;

/// <summary>An activity type as the designer needs it: names in both languages, inputs, outputs, ports.</summary>
public sealed record ActivityDescriptorView(
    string Type,
    int Version,
    LocalizedText DisplayName,
    string? Category,
    LocalizedText? Description,
    IReadOnlyList<InputDescriptorView> Inputs,
    IReadOnlyList<OutputDescriptorView> Outputs,
    IReadOnlyList<string> Outcomes,
    string? OutcomesFromInput,
    bool IsBlocking,
    bool CanStartWorkflow,
    bool IsContainer)
{
    public static ActivityDescriptorView From(ActivityDescriptor d) => new(d.Type, d.Version, d.DisplayName, d.Category, d.Description,
        d.Inputs.Select(i => new InputDescriptorView(i.Name, i.Type, i.DisplayName, i.Description, i.UiHint, i.DefaultValue, i.Required, i.OptionsSource, i.Category)).ToList(),
        d.Outputs.Select(o => new OutputDescriptorView(o.Name, o.Type, o.DisplayName, o.Description)).ToList(),
        d.Outcomes, d.OutcomesFromInput, d.IsBlocking, d.CanStartWorkflow, d.IsContainer);
}

public sealed record InputDescriptorView(string Name, string Type, LocalizedText DisplayName, LocalizedText? Description, string? UiHint,
    JsonNode? DefaultValue, bool Required, string? OptionsSource, string? Category);

public sealed record OutputDescriptorView(string Name, string Type, LocalizedText DisplayName, LocalizedText? Description);
