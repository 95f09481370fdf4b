using Mediator;
using Visitation.Host.Infrastructure.Auth;

namespace Visitation.Host.Features.Users;

/// <summary>The municipality's own users, managed by its administrators.</summary>
public static class UsersEndpoints
{
    /// <summary><c>providerId</c> ties a user with the role <c>Leverandoer</c> to a provider of the municipality's catalogue.</summary>
    public sealed record CreateUserRequest(string? Username, string? DisplayName, string? Password, IReadOnlyList<string>? Roles, Guid? ProviderId);

    /// <summary>Why the administrator changes the user's access; kept in the user's history.</summary>
    public sealed record UserChangeRequest(string? Reason);

    public sealed record ChangeRolesRequest(IReadOnlyList<string>? Roles, string? Reason);

    public sealed record ResetPasswordRequest(string? Password, string? Reason);

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

        users.MapPost("/{id:guid}/deactivate", async (Guid id, UserChangeRequest body, ISender sender, CancellationToken cancellationToken) =>
                TypedResults.Ok(await sender.Send(new DeactivateUser.Command(id, body.Reason), cancellationToken)))
            .WithSummary("Deactivate a user: no more sign-in, and every session of the user ends at once")
            .WithDescription("Never the administrator's own account (403 user.notSelf). Recorded in the user's history with the reason.")
            .ProducesProblem(400).ProducesProblem(401).ProducesProblem(403).ProducesProblem(404);

        users.MapPost("/{id:guid}/reactivate", async (Guid id, UserChangeRequest body, ISender sender, CancellationToken cancellationToken) =>
                TypedResults.Ok(await sender.Send(new ReactivateUser.Command(id, body.Reason), cancellationToken)))
            .WithSummary("Let a deactivated user sign in again")
            .ProducesProblem(400).ProducesProblem(401).ProducesProblem(403).ProducesProblem(404);

        users.MapPost("/{id:guid}/unlock", async (Guid id, UserChangeRequest body, ISender sender, CancellationToken cancellationToken) =>
                TypedResults.Ok(await sender.Send(new UnlockUser.Command(id, body.Reason), cancellationToken)))
            .WithSummary("End a user's lockout after wrong passwords at once")
            .ProducesProblem(400).ProducesProblem(401).ProducesProblem(403).ProducesProblem(404);

        users.MapPut("/{id:guid}/roles", async (Guid id, ChangeRolesRequest body, ISender sender, CancellationToken cancellationToken) =>
                TypedResults.Ok(await sender.Send(new ChangeUserRoles.Command(id, body.Roles, body.Reason), cancellationToken)))
            .WithSummary("Give a member of staff other roles; the user's sessions end, so the new roles hold from the next sign-in")
            .WithDescription("Never the administrator's own roles (403 user.notSelf); a provider's user keeps the role Leverandoer (422 user.providerRolesFixed).")
            .ProducesProblem(400).ProducesProblem(401).ProducesProblem(403).ProducesProblem(404).ProducesProblem(422);

        users.MapPost("/{id:guid}/password", async (Guid id, ResetPasswordRequest body, ISender sender, CancellationToken cancellationToken) =>
                TypedResults.Ok(await sender.Send(new ResetUserPassword.Command(id, body.Password, body.Reason), cancellationToken)))
            .WithSummary("Set a new password for a user; every session of the user ends")
            .ProducesProblem(400).ProducesProblem(401).ProducesProblem(403).ProducesProblem(404);

        users.MapGet("/{id:guid}/history", async (Guid id, ISender sender, CancellationToken cancellationToken) =>
                TypedResults.Ok(await sender.Send(new GetUserHistory.Query(id), cancellationToken)))
            .WithSummary("Every change an administrator made to the user's access: who, when, what and why")
            .ProducesProblem(401).ProducesProblem(403).ProducesProblem(404);

        return api;
    }
}
