using System.Text.Json.Nodes;
using Mediator;
using Visitation.Host.Features.WorkflowInstances;
using Visitation.Host.Infrastructure.Auth;
using Visitation.Host.Infrastructure.Workflows;
using Visitation.Workflows.Management;

namespace Visitation.Host.Features.WorkflowDefinitions;

/// <summary>Flow definitions: read by everyone in the municipality, changed by process designers and administrators.</summary>
public static class WorkflowDefinitionsEndpoints
{
    public sealed record PublishRequest(string? Note, DateTimeOffset? EffectiveFrom);

    public sealed record ExecuteRequest(string? CorrelationId, JsonObject? Input, string? IdempotencyKey);

    public static RouteGroupBuilder MapWorkflowDefinitionsApi(this RouteGroupBuilder api)
    {
        var read = api.MapGroup("/workflow-definitions").WithTags("WorkflowDefinitions").RequireAuthorization(AuthPolicies.MunicipalityUser);
        var write = api.MapGroup("/workflow-definitions").WithTags("WorkflowDefinitions").RequireAuthorization(AuthPolicies.DefinitionEditor);

        read.MapGet("/", async (ISender sender, CancellationToken ct) => TypedResults.Ok(await sender.Send(new ListDefinitions.Query(), ct)))
            .WithSummary("The municipality's flows with their latest and published versions")
            .ProducesProblem(401).ProducesProblem(403);

        read.MapGet("/{definitionId}", async (string definitionId, int? version, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new GetDefinition.Query(definitionId, version), ct)))
            .WithSummary("One version of a flow (the latest unless ?version= is given), in the Elsa 3 shape")
            .ProducesProblem(401).ProducesProblem(403).ProducesProblem(404);

        read.MapGet("/{definitionId}/versions", async (string definitionId, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new ListVersions.Query(definitionId), ct)))
            .WithSummary("Every version of a flow, newest first")
            .ProducesProblem(401).ProducesProblem(403).ProducesProblem(404);

        read.MapGet("/{definitionId}/export", async (string definitionId, int? version, ISender sender, CancellationToken ct) =>
            {
                var document = await sender.Send(new GetDefinition.Query(definitionId, version), ct);
                return TypedResults.File(System.Text.Encoding.UTF8.GetBytes(document.Definition.ToJsonString(new System.Text.Json.JsonSerializerOptions { WriteIndented = true })),
                    "application/json", $"{definitionId}-v{document.Version}.json");
            })
            .WithSummary("Download a flow as Elsa 3 JSON")
            .ProducesProblem(401).ProducesProblem(403).ProducesProblem(404);

        read.MapPost("/validate", async (JsonNode? body, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new ValidateDefinition.Command(body), ct)))
            .WithSummary("Validate a definition (Elsa 3 or 2) without saving it: errors and warnings with their locations")
            .ProducesProblem(400).ProducesProblem(401).ProducesProblem(403);

        write.MapPost("/", async (JsonNode? body, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new SaveDefinition.Command(body, AllowElsa2: false), ct)))
            .WithSummary("Save a flow (Elsa 3 JSON) as its draft")
            .ProducesProblem(400).ProducesProblem(401).ProducesProblem(403);

        write.MapPost("/import", async (JsonNode? body, ISender sender, CancellationToken ct) =>
            {
                var result = await sender.Send(new SaveDefinition.Command(body, AllowElsa2: true), ct);
                return TypedResults.Created($"/api/workflow-definitions/{result.DefinitionId}?version={result.Version}", result);
            })
            .WithSummary("Import an Elsa 2 or Elsa 3 JSON file as a new draft version, keeping its definitionId")
            .ProducesProblem(400).ProducesProblem(401).ProducesProblem(403);

        write.MapPost("/{definitionId}/publish", async (string definitionId, PublishRequest? body, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new PublishDefinition.Command(definitionId, body?.Note, body?.EffectiveFrom), ct)))
            .WithSummary("Publish the draft with a note, now or from effectiveFrom; 422 with every error while it has errors")
            .Produces<DefinitionVersionInfo>()
            .ProducesProblem(401).ProducesProblem(403).ProducesProblem(404).ProducesProblem(409).ProducesProblem(422);

        write.MapPost("/{definitionId}/retract", async (string definitionId, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new RetractDefinition.Command(definitionId), ct)))
            .WithSummary("Take the published version out of use; running instances continue")
            .ProducesProblem(401).ProducesProblem(403).ProducesProblem(404).ProducesProblem(409);

        write.MapPost("/{definitionId}/execute", async (string definitionId, ExecuteRequest? body, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new ExecuteDefinition.Command(definitionId, body?.CorrelationId, body?.Input, body?.IdempotencyKey), ct)))
            .WithSummary("Start an instance of the published version; a repeated idempotency key returns the first result")
            .Produces<InstanceStatus>()
            .ProducesProblem(400).ProducesProblem(401).ProducesProblem(403).ProducesProblem(404).ProducesProblem(409).ProducesProblem(422);

        return api;
    }
}
