using Visitation.Workflows.Descriptors;

namespace Visitation.Workflows.Activities.BuiltIn;

/// <summary>Takes the <c>True</c> or <c>False</c> port depending on a condition (JavaScript truthiness).</summary>
[Activity("Elsa.FlowDecision", DisplayName = "Beslutning", DisplayNameEn = "Decision", Category = "Forgrening", Outcomes = ["True", "False"])]
public sealed class FlowDecision : CodeActivity
{
    [Input(DisplayName = "Betingelse", DisplayNameEn = "Condition", UiHint = UiHints.Code, Required = true)]
    public Input<bool> Condition { get; set; } = new();

    protected override void Execute(ActivityContext context) =>
        context.CompleteAsync(context.Get(Condition) ? "True" : "False");
}
