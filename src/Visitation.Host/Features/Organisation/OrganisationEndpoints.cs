using Mediator;
using Visitation.Host.Infrastructure.Auth;

namespace Visitation.Host.Features.Organisation;

/// <summary>The municipality's competence levels, teams and the users' places in them.</summary>
public static class OrganisationEndpoints
{
    public sealed record CreateLevelRequest(string? Id, string? Name, LevelKind? Kind);

    public sealed record UpdateLevelRequest(string? Name, LevelKind? Kind);

    public sealed record CreateTeamRequest(string? Id, string? Name);

    public sealed record UpdateTeamRequest(string? Name);

    public sealed record UserOrganisationRequest(string? Team, string? Title, IReadOnlyList<string>? Levels, bool? Experienced, string? Substitute,
        DateTimeOffset? AbsentFrom, DateTimeOffset? AbsentTo, string? Reason);

    public static RouteGroupBuilder MapOrganisationApi(this RouteGroupBuilder api)
    {
        var organisation = api.MapGroup("/organisation").WithTags("Organisation").RequireAuthorization(AuthPolicies.KommuneAdministrator);

        api.MapGet("/organisation/levels", async (ISender sender, CancellationToken cancellationToken) =>
                TypedResults.Ok(await sender.Send(new ListLevels.Query(), cancellationToken)))
            .WithTags("Organisation").RequireAuthorization(AuthPolicies.MunicipalityUser)
            .WithSummary("The municipality's competence levels (every user of the municipality)")
            .ProducesProblem(401).ProducesProblem(403);

        api.MapGet("/organisation/colleagues", async (ISender sender, CancellationToken cancellationToken) =>
                TypedResults.Ok(await sender.Send(new ListColleagues.Query(), cancellationToken)))
            .WithTags("Organisation").RequireAuthorization(AuthPolicies.MunicipalityUser)
            .WithSummary("The municipality's active staff with team, title and roles (every user of the municipality)")
            .ProducesProblem(401).ProducesProblem(403);

        organisation.MapPost("/levels", async (CreateLevelRequest body, ISender sender, CancellationToken cancellationToken) =>
            {
                var level = await sender.Send(new SaveLevel.Create(body.Id, body.Name, body.Kind), cancellationToken);
                return TypedResults.Created($"/api/organisation/levels/{level.Id}", level);
            })
            .WithSummary("Add a competence level")
            .ProducesProblem(400).ProducesProblem(401).ProducesProblem(403).ProducesProblem(409);

        organisation.MapPut("/levels/{id}", async (string id, UpdateLevelRequest body, ISender sender, CancellationToken cancellationToken) =>
                TypedResults.Ok(await sender.Send(new SaveLevel.Update(id, body.Name, body.Kind), cancellationToken)))
            .WithSummary("Rename a competence level or change its kind")
            .ProducesProblem(400).ProducesProblem(401).ProducesProblem(403).ProducesProblem(404);

        organisation.MapGet("/teams", async (ISender sender, CancellationToken cancellationToken) =>
                TypedResults.Ok(await sender.Send(new ListTeams.Query(), cancellationToken)))
            .WithSummary("The municipality's teams")
            .ProducesProblem(401).ProducesProblem(403);

        organisation.MapPost("/teams", async (CreateTeamRequest body, ISender sender, CancellationToken cancellationToken) =>
            {
                var team = await sender.Send(new SaveTeam.Create(body.Id, body.Name), cancellationToken);
                return TypedResults.Created($"/api/organisation/teams/{team.Id}", team);
            })
            .WithSummary("Add a team")
            .ProducesProblem(400).ProducesProblem(401).ProducesProblem(403).ProducesProblem(409);

        organisation.MapPut("/teams/{id}", async (string id, UpdateTeamRequest body, ISender sender, CancellationToken cancellationToken) =>
                TypedResults.Ok(await sender.Send(new SaveTeam.Update(id, body.Name), cancellationToken)))
            .WithSummary("Rename a team")
            .ProducesProblem(400).ProducesProblem(401).ProducesProblem(403).ProducesProblem(404);

        organisation.MapGet("/users", async (ISender sender, CancellationToken cancellationToken) =>
                TypedResults.Ok(await sender.Send(new ListUserOrganisation.Query(), cancellationToken)))
            .WithSummary("The users with team, title, levels, experience, substitute and absence")
            .ProducesProblem(401).ProducesProblem(403);

        organisation.MapPut("/users/{id:guid}", async (Guid id, UserOrganisationRequest body, ISender sender, CancellationToken cancellationToken) =>
                TypedResults.Ok(await sender.Send(new SetUserOrganisation.Command(id, body.Team, body.Title, body.Levels, body.Experienced ?? false,
                    body.Substitute, body.AbsentFrom, body.AbsentTo, body.Reason), cancellationToken)))
            .WithSummary("Set a user's team, title, competence levels, experience flag, substitute and absence")
            .WithDescription("Never the administrator's own levels or experience flag (403 user.notSelf). A change is kept in the user's history with the optional reason.")
            .ProducesProblem(400).ProducesProblem(401).ProducesProblem(403).ProducesProblem(404).ProducesProblem(422);

        return api;
    }
}
