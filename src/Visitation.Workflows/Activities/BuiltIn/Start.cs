using Visitation.Workflows.Descriptors;

namespace Visitation.Workflows.Activities.BuiltIn;

/// <summary>The entry of a flowchart.</summary>
[Activity("Elsa.Start", DisplayName = "Start", DisplayNameEn = "Start", Category = "Flow",
    Description = "Hvor flowet begynder.", DescriptionEn = "Where the flow begins.")]
public sealed class Start : CodeActivity
{
    protected override void Execute(ActivityContext context) { }
}
