using Mediator;
using Visitation.Host.Infrastructure.Auth;

namespace Visitation.Host.Features.Beskeder;

/// <summary>The caller's notifications (the bell in the Studio) and, for administrators, the outbox's dead letters.</summary>
public static class BeskederEndpoints
{
    public static RouteGroupBuilder MapBeskederApi(this RouteGroupBuilder api)
    {
        var notifications = api.MapGroup("/notifications").WithTags("Notifications").RequireAuthorization(AuthPolicies.MunicipalityUser);

        notifications.MapGet("/", async (ISender sender, CancellationToken ct) => TypedResults.Ok(await sender.Send(new ListNotifications.Query(), ct)))
            .WithSummary("The caller's notifications, newest first (at most 50), and how many are unread")
            .ProducesProblem(401).ProducesProblem(403);

        notifications.MapGet("/unread-count", async (ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new CountUnreadNotifications.Query(), ct)))
            .WithSummary("How many of the caller's notifications are unread")
            .ProducesProblem(401).ProducesProblem(403);

        notifications.MapPost("/{id:guid}/read", async (Guid id, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new MarkNotificationRead.Command(id), ct)))
            .WithSummary("Mark one of the caller's notifications read; answers the unread count")
            .ProducesProblem(401).ProducesProblem(403).ProducesProblem(404);

        notifications.MapPost("/read-all", async (ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new MarkAllNotificationsRead.Command(), ct)))
            .WithSummary("Mark all the caller's notifications read")
            .ProducesProblem(401).ProducesProblem(403);

        var outbox = api.MapGroup("/outbound-messages").WithTags("Outbound messages").RequireAuthorization(AuthPolicies.KommuneAdministrator);

        outbox.MapGet("/dead-letters", async (ISender sender, CancellationToken ct) => TypedResults.Ok(await sender.Send(new ListDeadLetters.Query(), ct)))
            .WithSummary("The municipality's messages that could not be delivered after every attempt, newest first (at most 200)")
            .ProducesProblem(401).ProducesProblem(403);

        outbox.MapPost("/{id:guid}/retry", async (Guid id, ISender sender, CancellationToken ct) =>
            {
                await sender.Send(new RetryDeadLetter.Command(id), ct);
                return TypedResults.NoContent();
            })
            .WithSummary("Send a dead letter again, with a fresh count of attempts")
            .WithDescription("Only a dead letter can be retried (409 message.notDeadLetter).")
            .ProducesProblem(401).ProducesProblem(403).ProducesProblem(404).ProducesProblem(409);

        return api;
    }
}
