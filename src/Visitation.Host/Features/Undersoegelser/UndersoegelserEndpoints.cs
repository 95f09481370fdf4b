using Mediator;
using Visitation.Host.Infrastructure.Auth;

namespace Visitation.Host.Features.Undersoegelser;

/// <summary>The case's børnefaglig undersøgelse: its sections and deadline.</summary>
public static class UndersoegelserEndpoints
{
    public sealed record SaveRequest(IReadOnlyList<SectionInput>? Sections);

    public static RouteGroupBuilder MapUndersoegelserApi(this RouteGroupBuilder api)
    {
        var cases = api.MapGroup("/cases").WithTags("Cases").RequireAuthorization(AuthPolicies.CaseWorker);

        cases.MapGet("/{id:guid}/undersoegelse", async (Guid id, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new SaveUndersoegelse.Query(id), ct)))
            .WithSummary("The case's undersøgelse with its deadline and whether it is late")
            .ProducesProblem(401).ProducesProblem(403).ProducesProblem(404);

        cases.MapPut("/{id:guid}/undersoegelse", async (Guid id, SaveRequest body, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new SaveUndersoegelse.Command(id, body.Sections), ct)))
            .WithSummary("Save the undersøgelse's sections (optional; \"not relevant\" needs no text; documents referenced by id)")
            .ProducesProblem(400).ProducesProblem(401).ProducesProblem(403).ProducesProblem(404).ProducesProblem(422);

        return api;
    }
}
