using System.Text.Json;
using System.Text.Json.Nodes;
using Visitation.Workflows.Definitions;

namespace Visitation.Workflows.Descriptors;

/// <summary>The outcome ports of one activity node: the descriptor's static outcomes plus those named by an input.</summary>
/// <param name="Ports">The known port names.</param>
/// <param name="IsOpen">True when the ports come from an expression that can only be evaluated at run time (any port is then accepted).</param>
public sealed record OutcomePorts(IReadOnlySet<string> Ports, bool IsOpen)
{
    public bool Accepts(string port) => IsOpen || Ports.Contains(port);

    /// <summary>Resolves the ports of <paramref name="node"/> as described by <paramref name="descriptor"/>.</summary>
    /// <remarks>
    /// The input named by <see cref="ActivityDescriptor.OutcomesFromInput"/> may be an <c>Object</c>/<c>Json</c>
    /// expression or a raw value holding an array of names (FlowFork branches, HumanTask actions) or of
    /// objects with a <c>label</c> (FlowSwitch cases), or a Literal string of comma-separated names.
    /// A JavaScript (or other run-time) expression makes the ports open.
    /// </remarks>
    public static OutcomePorts Resolve(ActivityDescriptor descriptor, ActivityNode node)
    {
        var ports = new HashSet<string>(descriptor.Outcomes, StringComparer.Ordinal);
        if (descriptor.OutcomesFromInput is not { } inputName) return new OutcomePorts(ports, false);

        var input = node.Inputs.FirstOrDefault(i => string.Equals(i.Key, inputName, StringComparison.OrdinalIgnoreCase)).Value;
        if (input is null) return new OutcomePorts(ports, false);

        JsonNode? value;
        if (input.RawValue is not null)
            value = input.RawValue;
        else if (input.Expression is { } expression)
        {
            switch (expression.Type)
            {
                case ExpressionTypes.Object or ExpressionTypes.Json:
                    value = expression.ParseJsonValue();
                    break;
                case ExpressionTypes.Literal:
                    value = expression.Value is JsonArray ? expression.Value : expression.ParseJsonValue() is JsonArray parsed ? parsed : null;
                    if (value is null && expression.ValueAsString() is { } text)
                        foreach (var name in text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                            ports.Add(name);
                    break;
                default:
                    return new OutcomePorts(ports, true);
            }
        }
        else
            return new OutcomePorts(ports, false);

        if (value is JsonArray array)
            foreach (var item in array)
                if (Name(item) is { } name) ports.Add(name);
        return new OutcomePorts(ports, false);
    }

    private static string? Name(JsonNode? item) => item switch
    {
        JsonValue v when v.GetValueKind() == JsonValueKind.String => v.GetValue<string>(),
        JsonObject o => (o["label"] ?? o["name"] ?? o["outcome"]) is JsonValue l && l.GetValueKind() == JsonValueKind.String ? l.GetValue<string>() : null,
        _ => null,
    };
}
