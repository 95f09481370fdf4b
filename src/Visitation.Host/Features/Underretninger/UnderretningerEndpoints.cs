using Mediator;
using Visitation.Host.Infrastructure.Auth;

namespace Visitation.Host.Features.Underretninger;

/// <summary>Registering underretninger and reading a case's; CPR numbers only in the body, masked in the answer.</summary>
public static class UnderretningerEndpoints
{
    public static RouteGroupBuilder MapUnderretningerApi(this RouteGroupBuilder api)
    {
        var cases = api.MapGroup("/cases").WithTags("Cases").RequireAuthorization(AuthPolicies.CaseWorker);

        cases.MapPost("/underretninger", async (RegisterUnderretning.Command body, ISender sender, CancellationToken ct) =>
                TypedResults.Created("/api/cases", await sender.Send(body, ct)))
            .WithSummary("Register an underretning for one or more children: creates or adds to their cases and starts or signals each case's flow")
            .ProducesProblem(400).ProducesProblem(401).ProducesProblem(403).ProducesProblem(409).ProducesProblem(422);

        cases.MapGet("/{id:guid}/underretninger", async (Guid id, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new ListUnderretninger.Query(id), ct)))
            .WithSummary("The case's underretninger; the notifier's identity only for those handling the case")
            .ProducesProblem(401).ProducesProblem(403).ProducesProblem(404);

        return api;
    }
}
