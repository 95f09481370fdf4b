using Mediator;
using Visitation.Host.Infrastructure.Auth;
using Visitation.Host.Infrastructure.Tenancy;

namespace Visitation.Host.Features.Kompetenceplaner;

/// <summary>The municipality's competence plan: versions, saving a new version, and simulating who decides.</summary>
public static class KompetenceplanerEndpoints
{
    public static RouteGroupBuilder MapKompetenceplanerApi(this RouteGroupBuilder api)
    {
        var plans = api.MapGroup("/competence-plans").WithTags("Competence plans").RequireAuthorization(AuthPolicies.MunicipalityUser);

        plans.MapGet("/", async (ISender sender, CancellationToken cancellationToken) =>
                TypedResults.Ok(await sender.Send(new ListKompetenceplaner.Query(), cancellationToken)))
            .WithSummary("The plan in force and every saved version")
            .ProducesProblem(401).ProducesProblem(403);

        plans.MapGet("/{version:int}", async (int version, ISender sender, CancellationToken cancellationToken) =>
                TypedResults.Ok(await sender.Send(new GetKompetenceplan.Query(version), cancellationToken)))
            .WithSummary("One saved version of the plan")
            .ProducesProblem(401).ProducesProblem(403).ProducesProblem(404);

        plans.MapPut("/", async (PlanDocument body, ISender sender, CancellationToken cancellationToken) =>
            {
                var saved = await sender.Send(new SaveKompetenceplan.Command(body), cancellationToken);
                return TypedResults.Created($"/api/competence-plans/{saved.Version}", saved);
            })
            .RequireAuthorization(AuthPolicies.DefinitionEditor)
            .WithSummary("Save the plan as a new version (Procesdesigner or Administrator)")
            .ProducesProblem(400).ProducesProblem(401).ProducesProblem(403).ProducesProblem(409).ProducesProblem(422);

        plans.MapPost("/simulate", async (SimulateRouting.Command body, ISender sender, CancellationToken cancellationToken) =>
                TypedResults.Ok(await sender.Send(body, cancellationToken)))
            .WithSummary("Which level decides an indstilling with this measure, and why")
            .ProducesProblem(400).ProducesProblem(401).ProducesProblem(403).ProducesProblem(404).ProducesProblem(422);

        plans.MapPost("/draft/evaluate", async (EvaluateDraft.Command body, ISender sender, CancellationToken cancellationToken) =>
                TypedResults.Ok(await sender.Send(body, cancellationToken)))
            .WithSummary("Check a plan being edited without saving it, and answer example cases under it and under the plan in force")
            .ProducesProblem(400).ProducesProblem(401).ProducesProblem(403);

        plans.MapPost("/draft/replay", async (ReplayDraft.Command body, ISender sender, CancellationToken cancellationToken) =>
                TypedResults.Ok(await sender.Send(body, cancellationToken)))
            // It names cases: those who shape the plan and the leaders who decide.
            .RequireAuthorization(policy => policy.RequireRole(Roles.Procesdesigner, Roles.Administrator, Roles.Leder))
            .WithSummary("Replay a plan being edited on the indstillinger of the last twelve months: levels, forum load and the cases that move")
            .ProducesProblem(400).ProducesProblem(401).ProducesProblem(403);

        var examples = plans.MapGroup("/examples").RequireAuthorization(policy => policy.RequireRole(Roles.Procesdesigner, Roles.Administrator, Roles.Leder));
        examples.MapGet("/", async (ISender sender, CancellationToken cancellationToken) =>
                TypedResults.Ok(await sender.Send(new ListSimulatorExamples.Query(), cancellationToken)))
            .WithSummary("The municipality's saved simulator cases, re-run against every draft (those who shape or read the plan)")
            .ProducesProblem(401).ProducesProblem(403);
        examples.MapPost("/", async (SaveSimulatorExample.Command body, ISender sender, CancellationToken cancellationToken) =>
            {
                var example = await sender.Send(body, cancellationToken);
                return TypedResults.Created($"/api/competence-plans/examples/{example.Id}", example);
            })
            .RequireAuthorization(AuthPolicies.DefinitionEditor)
            .WithSummary("Keep a simulator case for the municipality's plan (Procesdesigner or Administrator)")
            .ProducesProblem(400).ProducesProblem(401).ProducesProblem(403).ProducesProblem(422);
        examples.MapDelete("/{id:guid}", async (Guid id, ISender sender, CancellationToken cancellationToken) =>
            {
                await sender.Send(new DeleteSimulatorExample.Command(id), cancellationToken);
                return TypedResults.NoContent();
            })
            .RequireAuthorization(AuthPolicies.DefinitionEditor)
            .WithSummary("Remove a saved simulator case (Procesdesigner or Administrator)")
            .ProducesProblem(401).ProducesProblem(403).ProducesProblem(404);

        return api;
    }
}
