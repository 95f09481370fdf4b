using Visitation.Workflows.Descriptors;

namespace Visitation.Workflows.Activities.BuiltIn;

/// <summary>Ends the path it is on; other branches go on (use <see cref="Finish"/> to end everything).</summary>
[Activity("Elsa.End", DisplayName = "Slut", DisplayNameEn = "End", Category = "Flow", Outcomes = [],
    Description = "Afslutter denne gren af flowet.", DescriptionEn = "Ends this branch of the flow.")]
public sealed class End : Activity
{
    public override ValueTask ExecuteAsync(ActivityContext context) => context.CompleteWithoutOutcomeAsync();
}
