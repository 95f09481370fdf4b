using Mediator;
using Visitation.Host.Infrastructure.Auth;

namespace Visitation.Host.Features.Bestillinger;

/// <summary>
/// A provider's own orders: read, accept, decline with a reason. Only a provider's users reach these. The answer's body is
/// optional: an acceptance needs nothing said, and a decline without a body is refused for its missing reason.
/// </summary>
public static class BestillingerEndpoints
{
    public sealed record AnswerRequest(string? Reason);

    /// <summary>
    /// Lets a request with no body and so no content type reach the answer: routing sends such a request only to endpoints that
    /// accept any content type, and would otherwise leave it to the API's not-found fallback.
    /// </summary>
    private const string AnyContentType = "*/*";

    public static RouteGroupBuilder MapBestillingerApi(this RouteGroupBuilder api)
    {
        var orders = api.MapGroup("/provider/orders").WithTags("ProviderOrders").RequireAuthorization(AuthPolicies.Provider);

        orders.MapGet("/", async (ISender sender, CancellationToken ct) => TypedResults.Ok(await sender.Send(new ListProviderOrders.Query(), ct)))
            .WithSummary("The signed-in provider's orders, newest first")
            .ProducesProblem(401).ProducesProblem(403);

        orders.MapGet("/{id:guid}", async (Guid id, ISender sender, CancellationToken ct) => TypedResults.Ok(await sender.Send(new GetProviderOrder.Query(id), ct)))
            .WithSummary("One of the provider's orders: goals, scope, legal paragraph, price, period, the child's name and birth date, the contact caseworker")
            .ProducesProblem(401).ProducesProblem(403).ProducesProblem(404);

        orders.MapPost("/{id:guid}/accept", async (Guid id, AnswerRequest? body, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new AnswerOrder.Command(id, true, body?.Reason), ct)))
            .Accepts<AnswerRequest>(isOptional: true, "application/json", AnyContentType)
            .WithSummary("Accept the order; the case's flow goes on")
            .ProducesProblem(400).ProducesProblem(401).ProducesProblem(403).ProducesProblem(404).ProducesProblem(409);

        orders.MapPost("/{id:guid}/decline", async (Guid id, AnswerRequest? body, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new AnswerOrder.Command(id, false, body?.Reason), ct)))
            .Accepts<AnswerRequest>(isOptional: true, "application/json", AnyContentType)
            .WithSummary("Decline the order with a reason; the municipality's neutral resolver gets a task")
            .ProducesProblem(400).ProducesProblem(401).ProducesProblem(403).ProducesProblem(404).ProducesProblem(409);

        return api;
    }
}
