using Visitation.Workflows.Descriptors;

namespace Visitation.Workflows.Activities.BuiltIn;

/// <summary>Splits the flow: every named branch is a port, and all of them are taken.</summary>
[Activity("Elsa.FlowFork", DisplayName = "Opdel", DisplayNameEn = "Fork", Category = "Forgrening", Outcomes = [], OutcomesFromInput = "branches")]
public sealed class FlowFork : CodeActivity
{
    [Input(DisplayName = "Grene", DisplayNameEn = "Branches", UiHint = UiHints.StringList)]
    public Input<string[]> Branches { get; set; } = new();

    protected override void Execute(ActivityContext context) => context.CompleteAsync(context.Get(Branches) ?? []);
}
