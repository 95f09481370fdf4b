using System.Text.Json.Nodes;
using Visitation.Workflows.Descriptors;

namespace Visitation.Workflows.Activities.BuiltIn;

/// <summary>Sets a workflow output; a parent that waits for this workflow finds it under <c>output</c>.</summary>
[Activity("Elsa.SetOutput", DisplayName = "Sæt output", DisplayNameEn = "Set output", Category = "Primitiver")]
public sealed class SetOutput : CodeActivity
{
    [Input(DisplayName = "Outputnavn", DisplayNameEn = "Output name", Required = true)]
    public Input<string> OutputName { get; set; } = new();

    [Input(DisplayName = "Værdi", DisplayNameEn = "Value", UiHint = UiHints.Code)]
    public Input<JsonNode> OutputValue { get; set; } = new();

    protected override void Execute(ActivityContext context)
    {
        var name = context.Get(OutputName);
        if (string.IsNullOrEmpty(name)) throw new WorkflowFaultException($"SetOutput '{context.ActivityId}' names no output.");
        context.SetWorkflowOutput(name, context.GetJson(OutputValue));
    }
}
