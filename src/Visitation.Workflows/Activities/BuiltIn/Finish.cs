using Visitation.Workflows.Descriptors;

namespace Visitation.Workflows.Activities.BuiltIn;

/// <summary>Finishes the whole workflow: remaining branches, bookmarks and joins are dropped.</summary>
[Activity("Elsa.Finish", DisplayName = "Afslut", DisplayNameEn = "Finish", Category = "Flow", Outcomes = [],
    Description = "Afslutter hele flowet, også andre grene.", DescriptionEn = "Finishes the whole workflow, other branches included.")]
public sealed class Finish : Activity
{
    public override ValueTask ExecuteAsync(ActivityContext context) => context.FinishWorkflowAsync();
}
