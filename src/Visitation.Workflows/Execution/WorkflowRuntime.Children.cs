using System.Text.Json.Nodes;

namespace Visitation.Workflows.Execution;

public sealed partial class WorkflowRuntime
{
    /// <summary>
    /// Starts a child requested by a committed step, unless it already exists (safe to call again, e.g. from
    /// an outbox dispatcher after a crash). A missing definition faults the parent's waiting activity.
    /// </summary>
    public async Task StartChildAsync(ChildWorkflowRequest child, CancellationToken cancellationToken = default)
    {
        if (await store.LoadInstanceAsync(child.ChildInstanceId, cancellationToken) is not null) return;
        if (await store.LoadDefinitionAsync(child.TenantId, child.DefinitionId, child.DefinitionVersion, cancellationToken) is null)
        {
            if (child.ParentBookmarkId is { } waiting)
                await ResumeAsync(child.ParentInstanceId, waiting, new JsonObject
                {
                    ["workflowInstanceId"] = child.ChildInstanceId,
                    ["error"] = $"Workflow definition '{child.DefinitionId}' was not found.",
                }, "system", cancellationToken);
            return;
        }
        await StartAsync(child.DefinitionId, new StartWorkflowOptions
        {
            InstanceId = child.ChildInstanceId,
            TenantId = child.TenantId,
            CorrelationId = child.CorrelationId,
            Input = child.Input,
            ParentInstanceId = child.ParentInstanceId,
            ParentBookmarkId = child.ParentBookmarkId,
        }, child.DefinitionVersion, cancellationToken);
    }

    /// <summary>
    /// When <paramref name="child"/> has finished and its parent waits for it, resumes the parent with
    /// <c>{ workflowInstanceId, status, subStatus, output }</c>. Safe to call again (a used bookmark is ignored),
    /// so a recovery sweep can call it for finished children after a crash.
    /// </summary>
    public async Task ResumeParentAsync(WorkflowState child, CancellationToken cancellationToken = default)
    {
        if (child.Status != WorkflowStatus.Finished || child.ParentInstanceId is not { } parentId
            || child.Properties.GetValueOrDefault("ParentBookmarkId")?.GetValue<string>() is not { } parentBookmarkId)
            return;
        var result = new JsonObject
        {
            ["workflowInstanceId"] = child.Id,
            ["status"] = child.Status.ToString(),
            ["subStatus"] = child.SubStatus.ToString(),
            ["output"] = new JsonObject(child.Output.Select(p => KeyValuePair.Create(p.Key, p.Value?.DeepClone()))),
        };
        try { await ResumeAsync(parentId, parentBookmarkId, result, "system", cancellationToken); }
        catch (BookmarkNotFoundException) { } // already resumed, or the parent was cancelled meanwhile
    }
}
