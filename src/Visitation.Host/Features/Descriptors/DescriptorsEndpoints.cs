using Visitation.Host.Infrastructure.Auth;
using Visitation.Workflows.Descriptors;

namespace Visitation.Host.Features.Descriptors;

/// <summary>The activity types the designer generates its toolbox and property panels from.</summary>
public static class DescriptorsEndpoints
{
    public static RouteGroupBuilder MapDescriptorsApi(this RouteGroupBuilder api)
    {
        api.MapGet("/descriptors/activities", (ActivityRegistry registry) =>
                TypedResults.Ok(registry.All().Select(ActivityDescriptorView.From).OrderBy(d => d.Category).ThenBy(d => d.Type).ToList()))
            .RequireAuthorization(AuthPolicies.MunicipalityUser)
            .WithTags("Descriptors")
            .WithSummary("Every activity type with its inputs, outputs and outcomes")
            .ProducesProblem(401).ProducesProblem(403);
        return api;
    }
}
