using Visitation.Workflows.Descriptors;

namespace Visitation.Workflows.Activities.BuiltIn;

/// <summary>Joins branches: <c>WaitAll</c> (every active branch), <c>WaitAny</c> (the first; runs once) or <c>WaitAllInbound</c> (every connection).</summary>
/// <remarks>The waiting is done by the runner's join bookkeeping (see <see cref="Execution.JoinMode"/>); when this activity runs, the join is satisfied.</remarks>
[Activity("Elsa.FlowJoin", DisplayName = "Saml", DisplayNameEn = "Join", Category = "Forgrening", IsBlocking = true)]
public sealed class FlowJoin : CodeActivity
{
    [Input(DisplayName = "Tilstand", DisplayNameEn = "Mode", UiHint = UiHints.Dropdown, DefaultValue = "WaitAll")]
    public Input<string> Mode { get; set; } = new();

    protected override void Execute(ActivityContext context) { }
}
