using System.Text.Json.Nodes;
using Visitation.Workflows.Descriptors;
using Visitation.Workflows.Execution;

namespace Visitation.Workflows.Activities.BuiltIn;

/// <summary>Starts a child workflow; when it waits, the child's result comes back as <c>{ workflowInstanceId, status, subStatus, output }</c>.</summary>
/// <remarks>
/// The child is started by the runtime after this step commits, with the parent's id in its state. Without an
/// explicit correlation id the child inherits the parent's (the case id).
/// </remarks>
[Activity("Elsa.ExecuteWorkflow", DisplayName = "Kør underflow", DisplayNameEn = "Execute workflow", Category = "Komposition", IsBlocking = true)]
public sealed class ExecuteWorkflow : Activity
{
    public const string BookmarkName = "Elsa.ExecuteWorkflow";

    [Input(DisplayName = "Flow-id", DisplayNameEn = "Workflow definition id", Required = true)]
    public Input<string> WorkflowDefinitionId { get; set; } = new();

    [Input(DisplayName = "Version", DisplayNameEn = "Version")]
    public Input<int?> WorkflowDefinitionVersion { get; set; } = new();

    [Input(DisplayName = "Input", DisplayNameEn = "Input", UiHint = UiHints.Json)]
    public Input<JsonNode> Input { get; set; } = new();

    [Input(DisplayName = "Korrelations-id", DisplayNameEn = "Correlation id")]
    public Input<string> CorrelationId { get; set; } = new();

    [Input(DisplayName = "Vent på afslutning", DisplayNameEn = "Wait for completion", DefaultValue = true)]
    public Input<bool> WaitForCompletion { get; set; } = new();

    [Output(DisplayName = "Resultat", DisplayNameEn = "Result")]
    public Output<JsonNode> Result { get; set; } = new();

    public override ValueTask ExecuteAsync(ActivityContext context)
    {
        var definitionId = context.Get(WorkflowDefinitionId);
        if (string.IsNullOrWhiteSpace(definitionId)) throw new WorkflowFaultException($"ExecuteWorkflow '{context.ActivityId}' names no workflow.");
        var childId = context.NewId();
        context.Data["childInstanceId"] = childId;
        var input = new Dictionary<string, JsonNode?>(StringComparer.Ordinal);
        if (context.GetJson(Input) is JsonObject values)
            foreach (var (key, value) in values) input[key] = value?.DeepClone();
        var wait = context.Get(WaitForCompletion, true);
        var bookmark = wait ? context.CreateBookmark(BookmarkName, new JsonObject { ["childInstanceId"] = childId }, nameof(OnChildFinishedAsync), correlated: false) : null;
        context.StartChildWorkflow(new ChildWorkflowRequest
        {
            ChildInstanceId = childId,
            TenantId = context.TenantId,
            DefinitionId = definitionId,
            DefinitionVersion = context.Get(WorkflowDefinitionVersion),
            Input = input,
            CorrelationId = context.Get(CorrelationId) is { Length: > 0 } correlation ? correlation : context.CorrelationId,
            ParentInstanceId = context.WorkflowInstanceId,
            ParentBookmarkId = bookmark?.Id,
        });
        return wait ? ValueTask.CompletedTask : context.CompleteAsync();
    }

    ValueTask OnChildFinishedAsync(ActivityContext context)
    {
        if (context.ResumeInput?["error"]?.GetValue<string>() is { } error)
            throw new WorkflowFaultException($"Child workflow could not run: {error}");
        context.Set(Result, context.ResumeInput);
        return context.CompleteAsync();
    }
}
