using System.Text.Json.Nodes;
using Mediator;
using Visitation.Host.Infrastructure.Auth;

namespace Visitation.Host.Features.WorkflowInstances;

/// <summary>
/// Running flows: read by process designers and administrators; cancel, retry, and the generic resume and
/// trigger endpoints are for administrators and integrations only, since a human step goes through its task.
/// </summary>
public static class WorkflowInstancesEndpoints
{
    public sealed record ResumeRequest(JsonNode? Input, string? IdempotencyKey, string? Reason);

    public sealed record TriggerRequest(string? CorrelationId, JsonNode? Payload, string? IdempotencyKey);

    public sealed record MigrateRequest(string? DefinitionId, int FromVersion, int ToVersion, Dictionary<string, string>? Mapping,
        List<string>? InstanceIds, bool DryRun);

    public static RouteGroupBuilder MapWorkflowInstancesApi(this RouteGroupBuilder api)
    {
        var read = api.MapGroup("/workflow-instances").WithTags("WorkflowInstances").RequireAuthorization(AuthPolicies.DefinitionEditor);
        var admin = api.MapGroup("").WithTags("WorkflowInstances").RequireAuthorization(AuthPolicies.KommuneAdministrator);

        read.MapGet("/", async (string? definitionId, string? status, string? correlationId, int? skip, int? take, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new ListInstances.Query(definitionId, status, correlationId, skip ?? 0, take ?? 100), ct)))
            .WithSummary("Instances, newest first, filtered by flow, status or correlation id")
            .ProducesProblem(400).ProducesProblem(401).ProducesProblem(403);

        api.MapPost("/workflow-instances/migrate", async (MigrateRequest body, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new MigrateInstances.Command(body.DefinitionId, body.FromVersion, body.ToVersion, body.Mapping,
                    body.InstanceIds, body.DryRun), ct)))
            .RequireAuthorization(AuthPolicies.DefinitionEditor)
            .WithTags("WorkflowInstances")
            .WithSummary("Move running instances to another version with an activity mapping; dryRun reports without changing anything")
            .ProducesProblem(400).ProducesProblem(401).ProducesProblem(403).ProducesProblem(404);

        api.MapGet("/workflow-definitions/{definitionId}/activity-stats", async (string definitionId, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new GetActivityStats.Query(definitionId), ct)))
            .RequireAuthorization(AuthPolicies.DefinitionEditor)
            .WithTags("WorkflowInstances")
            .WithSummary("Running instances waiting at each activity of a flow, with the median waiting time (the designer's live overlay)")
            .ProducesProblem(401).ProducesProblem(403).ProducesProblem(404);

        read.MapGet("/{instanceId}", async (string instanceId, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new GetInstance.Query(instanceId), ct)))
            .WithSummary("One instance: status, variables, output, bookmarks and incidents")
            .ProducesProblem(401).ProducesProblem(403).ProducesProblem(404);

        read.MapGet("/{instanceId}/journal", async (string instanceId, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new GetJournal.Query(instanceId), ct)))
            .WithSummary("An instance's execution log in order")
            .ProducesProblem(401).ProducesProblem(403).ProducesProblem(404);

        admin.MapPost("/workflow-instances/{instanceId}/cancel", async (string instanceId, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new CancelInstance.Command(instanceId), ct)))
            .WithSummary("Cancel an instance")
            .ProducesProblem(401).ProducesProblem(403).ProducesProblem(404).ProducesProblem(409);

        admin.MapPost("/workflow-instances/{instanceId}/retry", async (string instanceId, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new RetryInstance.Command(instanceId), ct)))
            .WithSummary("Run a faulted instance again")
            .ProducesProblem(401).ProducesProblem(403).ProducesProblem(404).ProducesProblem(409);

        admin.MapPost("/bookmarks/{bookmarkId}/resume", async (string bookmarkId, ResumeRequest? body, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new ResumeBookmark.Command(bookmarkId, body?.Input, body?.IdempotencyKey, body?.Reason), ct)))
            .WithSummary("Resume a bookmark with an input (a timer may be resumed early); a person's task only with a reason, written to the case's audit trail")
            .ProducesProblem(400).ProducesProblem(401).ProducesProblem(403).ProducesProblem(409).ProducesProblem(422);

        admin.MapPost("/events/{eventName}/trigger", async (string eventName, TriggerRequest? body, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new TriggerEvent.Command(eventName, body?.CorrelationId, body?.Payload, body?.IdempotencyKey), ct)))
            .WithSummary("Deliver a named event to the instances waiting for it and start the flows it triggers")
            .ProducesProblem(400).ProducesProblem(401).ProducesProblem(403).ProducesProblem(422);

        return api;
    }
}
