using Mediator;
using Visitation.Host.Infrastructure.Auth;

namespace Visitation.Host.Features.Users;

/// <summary>The municipality's own users, managed by its administrators.</summary>
public static class UsersEndpoints
{
    /// <summary><c>providerId</c> ties a user with the role <c>Leverandoer</c> to a provider of the municipality's catalogue.</summary>
    public sealed record CreateUserRequest(string? Username, string? DisplayName, string? Password, IReadOnlyList<string>? Roles, Guid? ProviderId);

    public static RouteGroupBuilder MapUsersApi(this RouteGroupBuilder api)
    {
        var users = api.MapGroup("/users").WithTags("Users").RequireAuthorization(AuthPolicies.KommuneAdministrator);

        users.MapGet("/", async (ISender sender, CancellationToken cancellationToken) =>
                TypedResults.Ok(await sender.Send(new ListUsers.Query(), cancellationToken)))
            .WithSummary("List the users of the caller's municipality")
            .ProducesProblem(401).ProducesProblem(403);

        users.MapGet("/{id:guid}", async (Guid id, ISender sender, CancellationToken cancellationToken) =>
                TypedResults.Ok(await sender.Send(new GetUser.Query(id), cancellationToken)))
            .WithSummary("One user of the caller's municipality")
            .ProducesProblem(401).ProducesProblem(403).ProducesProblem(404);

        users.MapPost("/", async (CreateUserRequest body, ISender sender, CancellationToken cancellationToken) =>
            {
                var user = await sender.Send(new CreateUser.Command(body.Username, body.DisplayName, body.Password, body.Roles, body.ProviderId), cancellationToken);
                return TypedResults.Created($"/api/users/{user.Id}", user);
            })
            .WithSummary("Add a user to the caller's municipality")
            .ProducesProblem(400).ProducesProblem(401).ProducesProblem(403).ProducesProblem(409);

        return api;
    }
}
