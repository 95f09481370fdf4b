using Mediator;
using Visitation.Host.Infrastructure.Auth;

namespace Visitation.Host.Features.Fora;

/// <summary>The municipality's forums: read by every user of the municipality, changed by leaders and administrators.</summary>
public static class ForaEndpoints
{
    public sealed record ForumRequest(string? Name, ForumKind? Kind, string? Level, string? Chair, IReadOnlyList<string>? Members, IReadOnlyList<string>? Substitutes,
        IReadOnlyList<string>? AdHoc, ScheduleFields? Schedule, CutoffFields? Cutoff, int? Capacity, AsyncApproval? AsyncApproval, IReadOnlyList<string>? Secretaries)
    {
        [System.Text.Json.Serialization.JsonIgnore]
        public ForumFields Fields => new(Name, Kind, Level, Chair, Members, Substitutes, AdHoc, Schedule, Cutoff, Capacity, AsyncApproval, Secretaries);
    }

    public static RouteGroupBuilder MapForaApi(this RouteGroupBuilder api)
    {
        var read = api.MapGroup("/forums").WithTags("Forums").RequireAuthorization(AuthPolicies.MunicipalityUser);
        var write = api.MapGroup("/forums").WithTags("Forums").RequireAuthorization(AuthPolicies.ForumAdministrator);

        read.MapGet("/", async (ISender sender, CancellationToken cancellationToken) => TypedResults.Ok(await sender.Send(new ListForums.Query(), cancellationToken)))
            .WithSummary("The municipality's forums")
            .ProducesProblem(401).ProducesProblem(403);

        read.MapGet("/{id:guid}", async (Guid id, ISender sender, CancellationToken cancellationToken) =>
                TypedResults.Ok(await sender.Send(new GetForum.Query(id), cancellationToken)))
            .WithSummary("One forum")
            .ProducesProblem(401).ProducesProblem(403).ProducesProblem(404);

        write.MapPost("/", async (ForumRequest body, ISender sender, CancellationToken cancellationToken) =>
            {
                var forum = await sender.Send(new SaveForum.Create(body.Fields), cancellationToken);
                return TypedResults.Created($"/api/forums/{forum.Id}", forum);
            })
            .WithSummary("Add a forum (leaders and administrators)")
            .ProducesProblem(400).ProducesProblem(401).ProducesProblem(403).ProducesProblem(422);

        write.MapPut("/{id:guid}", async (Guid id, ForumRequest body, ISender sender, CancellationToken cancellationToken) =>
                TypedResults.Ok(await sender.Send(new SaveForum.Update(id, body.Fields), cancellationToken)))
            .WithSummary("Change a forum (leaders and administrators)")
            .ProducesProblem(400).ProducesProblem(401).ProducesProblem(403).ProducesProblem(404).ProducesProblem(422);

        write.MapDelete("/{id:guid}", async (Guid id, ISender sender, CancellationToken cancellationToken) =>
            {
                await sender.Send(new DeleteForum.Command(id), cancellationToken);
                return TypedResults.NoContent();
            })
            .WithSummary("Remove a forum that has never had an item on its agenda (leaders and administrators)")
            .ProducesProblem(401).ProducesProblem(403).ProducesProblem(404).ProducesProblem(409);

        return api;
    }
}
