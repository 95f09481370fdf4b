using Mediator;
using Visitation.Host.Infrastructure.Auth;

namespace Visitation.Host.Features.Reference;

/// <summary>Reference data every user of a municipality may read.</summary>
public static class ReferenceEndpoints
{
    public static RouteGroupBuilder MapReferenceApi(this RouteGroupBuilder api)
    {
        var reference = api.MapGroup("/reference").WithTags("Reference").RequireAuthorization(AuthPolicies.MunicipalityUser);

        reference.MapGet("/municipalities", async (ISender sender, CancellationToken cancellationToken) =>
                TypedResults.Ok(await sender.Send(new ListMunicipalities.Query(), cancellationToken)))
            .WithSummary("The 98 Danish municipalities' official codes and names")
            .ProducesProblem(401).ProducesProblem(403);

        return api;
    }
}
