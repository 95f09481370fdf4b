using Mediator;
using Visitation.Host.Infrastructure.Auth;

namespace Visitation.Host.Features.Oekonomi;

/// <summary>Economy computations every user of a municipality may run.</summary>
public static class OekonomiEndpoints
{
    /// <summary><c>horizon</c> is the last day counted when <c>end</c> is absent (open-ended).</summary>
    public sealed record ProjectionRequest(decimal? UnitPrice, string? Unit, decimal? Quantity, DateOnly? Start, DateOnly? End, DateOnly? Horizon);

    public static RouteGroupBuilder MapOekonomiApi(this RouteGroupBuilder api)
    {
        var economy = api.MapGroup("/economy").WithTags("Economy").RequireAuthorization(AuthPolicies.MunicipalityUser);

        economy.MapPost("/projection", async (ProjectionRequest body, ISender sender, CancellationToken cancellationToken) =>
                TypedResults.Ok(await sender.Send(new ProjectCommitment.Query(body.UnitPrice, body.Unit, body.Quantity, body.Start, body.End, body.Horizon), cancellationToken)))
            .WithSummary("A commitment line's expected cost month by month and per year, exact to the øre (docs/cost-rule.md)")
            .ProducesProblem(400).ProducesProblem(401).ProducesProblem(403);

        return api;
    }
}
