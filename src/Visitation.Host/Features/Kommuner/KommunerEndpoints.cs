using Mediator;
using Visitation.Host.Infrastructure.Auth;

namespace Visitation.Host.Features.Kommuner;

/// <summary>Municipalities and their first administrators, managed by the installation administrator.</summary>
public static class KommunerEndpoints
{
    public sealed record CreateKommuneRequest(string? Code, string? Name, string? TimeZone);

    public sealed record CreateAdministratorRequest(string? Username, string? DisplayName, string? Password);

    public static RouteGroupBuilder MapKommunerApi(this RouteGroupBuilder api)
    {
        var kommuner = api.MapGroup("/kommuner").WithTags("Kommuner").RequireAuthorization(AuthPolicies.InstallationAdministrator);

        kommuner.MapGet("/", async (ISender sender, CancellationToken cancellationToken) =>
                TypedResults.Ok(await sender.Send(new ListKommuner.Query(), cancellationToken)))
            .WithSummary("List the municipalities of this installation")
            .ProducesProblem(401).ProducesProblem(403);

        kommuner.MapPost("/", async (CreateKommuneRequest body, ISender sender, CancellationToken cancellationToken) =>
            {
                var kommune = await sender.Send(new CreateKommune.Command(body.Code, body.Name, body.TimeZone), cancellationToken);
                return TypedResults.Created($"/api/kommuner/{kommune.Code}", kommune);
            })
            .WithSummary("Add a municipality")
            .ProducesProblem(400).ProducesProblem(401).ProducesProblem(403).ProducesProblem(409);

        kommuner.MapPost("/{code}/administrators", async (string code, CreateAdministratorRequest body, ISender sender, CancellationToken cancellationToken) =>
            {
                var user = await sender.Send(new CreateKommuneAdministrator.Command(code, body.Username, body.DisplayName, body.Password), cancellationToken);
                return TypedResults.Created($"/api/users/{user.Id}", user);
            })
            .WithSummary("Give a municipality an administrator")
            .ProducesProblem(400).ProducesProblem(401).ProducesProblem(403).ProducesProblem(404).ProducesProblem(409);

        return api;
    }
}
