using Mediator;
using Visitation.Host.Infrastructure.Auth;

namespace Visitation.Host.Features.Bevillinger;

/// <summary>Grants of a case with their commitment lines, the municipality's commitments per month, the expiry watch and its settings.</summary>
public static class BevillingerEndpoints
{
    public sealed record SettingsRequest(string? ResolverKind, string? ResolverId, int? ExpiryNoticeDays);

    public static RouteGroupBuilder MapBevillingerApi(this RouteGroupBuilder api)
    {
        var cases = api.MapGroup("/cases").WithTags("Cases").RequireAuthorization(AuthPolicies.CaseWorker);

        cases.MapGet("/{id:guid}/bevillinger", async (Guid id, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new ListBevillinger.Query(id), ct)))
            .WithSummary("The case's grants")
            .ProducesProblem(401).ProducesProblem(403).ProducesProblem(404);

        cases.MapGet("/{id:guid}/bevillinger/{bevillingId:guid}", async (Guid id, Guid bevillingId, DateOnly? horizon, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new GetBevilling.Query(id, bevillingId, horizon), ct)))
            .WithSummary("One grant with its commitment line month by month; ?horizon= is the last day counted while it is open-ended")
            .ProducesProblem(400).ProducesProblem(401).ProducesProblem(403).ProducesProblem(404);

        var grants = api.MapGroup("/bevillinger").WithTags("Bevillinger");

        grants.MapGet("/expiring", async (ISender sender, CancellationToken ct) => TypedResults.Ok(await sender.Send(new ListExpiring.Query(), ct)))
            .RequireAuthorization(AuthPolicies.CaseWorker)
            .WithSummary("Active grants whose end date falls within the municipality's notice (default 30 days)")
            .ProducesProblem(401).ProducesProblem(403);

        grants.MapGet("/settings", async (ISender sender, CancellationToken ct) => TypedResults.Ok(await sender.Send(new GetBevillingSettings.Query(), ct)))
            .RequireAuthorization(AuthPolicies.KommuneAdministrator)
            .WithSummary("The neutral resolver of declined orders and the expiry notice in days")
            .ProducesProblem(401).ProducesProblem(403);

        grants.MapPut("/settings", async (SettingsRequest body, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new SaveBevillingSettings.Command(body.ResolverKind, body.ResolverId, body.ExpiryNoticeDays), ct)))
            .RequireAuthorization(AuthPolicies.KommuneAdministrator)
            .WithSummary("Set the neutral resolver (resolverKind user or role) and the expiry notice (1-365 days)")
            .ProducesProblem(400).ProducesProblem(401).ProducesProblem(403);

        var economy = api.MapGroup("/economy").WithTags("Economy").RequireAuthorization(AuthPolicies.EconomyReader);

        economy.MapGet("/commitments", async (DateOnly? from, DateOnly? to, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new ListCommitments.Query(from, to), ct)))
            .WithSummary("The municipality's commitment lines and their sum per month, for the months from ?from= through ?to= (yyyy-MM-dd)")
            .ProducesProblem(400).ProducesProblem(401).ProducesProblem(403);

        return api;
    }
}
