using System.Text.Json.Nodes;
using Mediator;
using Visitation.Host.Infrastructure.Auth;

namespace Visitation.Host.Features.Opgaver;

/// <summary>The work list of caseworkers and leaders: tasks of the municipality's flows (route <c>/api/tasks</c>).</summary>
public static class OpgaverEndpoints
{
    public sealed record AssignRequest(string? User, string? Reason);

    public sealed record CompleteRequest(string? Action, JsonNode? Data, string? IdempotencyKey);

    public static RouteGroupBuilder MapTasksApi(this RouteGroupBuilder api)
    {
        var tasks = api.MapGroup("/tasks").WithTags("Tasks").RequireAuthorization(AuthPolicies.MunicipalityUser);

        tasks.MapGet("/", async (string? view, string? caseId, int? skip, int? take, string? q, string? sort, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new ListWorkItems.Query(view, caseId, skip ?? 0, take ?? 50, q, sort), ct)))
            .WithSummary("The work list, earliest due first; view = mine (default), candidate, case (with caseId), overdue, team or queue (leaders); q searches title, child's name and case number; sort = due, -due, created or -created")
            .ProducesProblem(400).ProducesProblem(401).ProducesProblem(403);

        tasks.MapGet("/{id}", async (string id, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new GetWorkItem.Query(id), ct)))
            .WithSummary("One task with its form, candidates and history")
            .ProducesProblem(401).ProducesProblem(403).ProducesProblem(404);

        tasks.MapPost("/{id}/claim", async (string id, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new ClaimWorkItem.Command(id), ct)))
            .WithSummary("Take an open task you are a candidate for")
            .ProducesProblem(401).ProducesProblem(403).ProducesProblem(404).ProducesProblem(409);

        tasks.MapPost("/{id}/unclaim", async (string id, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new UnclaimWorkItem.Command(id), ct)))
            .WithSummary("Give a task back to the open list (whoever has it, or a leader)")
            .ProducesProblem(401).ProducesProblem(403).ProducesProblem(404).ProducesProblem(409);

        tasks.MapPost("/{id}/assign", async (string id, AssignRequest body, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new AssignWorkItem.Command(id, body.User, body.Reason), ct)))
            .WithSummary("Leaders and administrators: give a task nobody has to a person who may take it")
            .ProducesProblem(400).ProducesProblem(401).ProducesProblem(403).ProducesProblem(404).ProducesProblem(409).ProducesProblem(422);

        tasks.MapPost("/{id}/reassign", async (string id, AssignRequest body, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new ReassignWorkItem.Command(id, body.User, body.Reason), ct)))
            .WithSummary("Move a task to another person who may take it, with a reason (whoever has it, or a leader)")
            .ProducesProblem(400).ProducesProblem(401).ProducesProblem(403).ProducesProblem(404).ProducesProblem(409).ProducesProblem(422);

        tasks.MapPost("/{id}/complete", async (string id, CompleteRequest body, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new CompleteWorkItem.Command(id, body.Action, body.Data, body.IdempotencyKey), ct)))
            .WithSummary("Complete a task with an action and the form's data; the flow moves on")
            .ProducesProblem(400).ProducesProblem(401).ProducesProblem(403).ProducesProblem(404).ProducesProblem(409).ProducesProblem(422);

        return api;
    }
}
