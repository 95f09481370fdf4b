using Mediator;
using Visitation.Host.Infrastructure.Auth;
using Visitation.Host.Infrastructure.Hosting;

namespace Visitation.Host.Features.Kommuner;

/// <summary>Municipalities and their first administrators, managed by the installation administrator.</summary>
public static class KommunerEndpoints
{
    public sealed record CreateKommuneRequest(string? Code, string? Name, string? TimeZone);

    public sealed record CreateAdministratorRequest(string? Username, string? DisplayName, string? Password);

    public sealed record AcceptInvitationRequest(string? Token, string? Password);

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
                var invitation = await sender.Send(new CreateKommuneAdministrator.Command(code, body.Username, body.DisplayName, body.Password is not null), cancellationToken);
                return TypedResults.Created($"/api/users/{invitation.User.Id}", invitation);
            })
            .WithSummary("Invite a municipality's first administrator")
            .WithDescription("Creates the administrator without a password and answers a one-time link (valid three days) for the invitee, who sets the password. "
                + "409 when the municipality already has an administrator; its own administrators add colleagues.")
            .ProducesProblem(400).ProducesProblem(401).ProducesProblem(403).ProducesProblem(404).ProducesProblem(409);

        api.MapPost("/invitations/accept", async (AcceptInvitationRequest body, ISender sender, CancellationToken cancellationToken) =>
                TypedResults.Ok(await sender.Send(new AcceptAdministratorInvitation.Command(body.Token, body.Password), cancellationToken)))
            .AllowAnonymous()
            .RequireRateLimiting(SignInRateLimits.ClientPolicy)
            .WithBodySizeLimit(Features.Auth.AuthEndpoints.SignInBodyLimit)
            .WithTags("Kommuner")
            .WithSummary("The invitee sets their password with the invitation's token (once)")
            .ProducesProblem(400).ProducesProblem(413).ProducesProblem(422).ProducesProblem(429);

        return api;
    }
}
