using System.Text.Json.Nodes;
using Visitation.Workflows.Definitions;
using Visitation.Workflows.Descriptors;

namespace Visitation.Workflows.Activities.BuiltIn;

/// <summary>Takes the port of the first matching case (or of every matching case), else <c>Default</c>.</summary>
/// <remarks>Cases: <c>[{ "label": "Akut", "condition": { "type": "JavaScript", "value": "..." } }]</c>; mode <c>MatchFirst</c> (default) or <c>MatchAny</c>.</remarks>
[Activity("Elsa.FlowSwitch", DisplayName = "Forgrening", DisplayNameEn = "Switch", Category = "Forgrening",
    Outcomes = ["Default"], OutcomesFromInput = "cases")]
public sealed class FlowSwitch : CodeActivity
{
    [Input(DisplayName = "Tilfælde", DisplayNameEn = "Cases", UiHint = UiHints.Json)]
    public Input<JsonNode> Cases { get; set; } = new();

    [Input(DisplayName = "Tilstand", DisplayNameEn = "Mode", UiHint = UiHints.Dropdown, DefaultValue = "MatchFirst")]
    public Input<string> Mode { get; set; } = new();

    protected override void Execute(ActivityContext context)
    {
        var cases = context.GetRawInput("cases") ?? context.Get(Cases);
        var matchAny = string.Equals(context.Get(Mode, "MatchFirst"), "MatchAny", StringComparison.OrdinalIgnoreCase);
        var matched = new List<string>();
        foreach (var item in cases as JsonArray ?? [])
        {
            if (item is not JsonObject c) continue;
            var label = c["label"]?.GetValue<string>() ?? "";
            if (!context.Evaluate<bool>(ParseCondition(c["condition"]))) continue;
            matched.Add(label);
            if (!matchAny) break;
        }
        context.CompleteAsync(matched.Count == 0 ? ["Default"] : [.. matched]);
    }

    static Expression? ParseCondition(JsonNode? node) => node switch
    {
        JsonObject o when o["type"] is JsonValue t => new Expression(t.GetValue<string>(), o["value"]?.DeepClone()),
        JsonObject o when o["expression"] is JsonObject e => ParseCondition(e),
        JsonValue v => Expression.JavaScript(v.ToString()),
        _ => null,
    };
}
