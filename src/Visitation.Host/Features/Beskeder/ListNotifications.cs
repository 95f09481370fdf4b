using Mediator;
using Microsoft.EntityFrameworkCore;
using Visitation.Host.Features.Audit;
using Visitation.Host.Infrastructure.Persistence;
using Visitation.Host.Infrastructure.Tenancy;

namespace Visitation.Host.Features.Beskeder;

public sealed record NotificationView(Guid Id, MessageKind Kind, string Subject, string BodyText, Guid? CaseId, string? Link, DateTimeOffset CreatedAt,
    DateTimeOffset? ReadAt);

public sealed record NotificationsView(int Unread, IReadOnlyList<NotificationView> Items);

/// <summary>The caller's own notifications, newest first, with the count of unread ones (the bell's badge).</summary>
public static class ListNotifications
{
    public const int Limit = 50;

    public sealed record Query : IQuery<NotificationsView>;

    public sealed class Handler(VisitationDbContext db, CurrentUser caller, AuditTrail audit) : IQueryHandler<Query, NotificationsView>
    {
        public async ValueTask<NotificationsView> Handle(Query query, CancellationToken cancellationToken)
        {
            var userId = caller.UserId ?? throw new InvalidOperationException("A signed-in caller has a user id.");
            var mine = db.Notifications.AsNoTracking().Where(n => n.UserId == userId);
            var unread = await mine.CountAsync(n => n.ReadAt == null, cancellationToken);
            var items = await mine.OrderByDescending(n => n.CreatedAt).ThenBy(n => n.Id).Take(Limit)
                .Select(n => new NotificationView(n.Id, n.Kind, n.Subject, n.BodyText, n.SagId, n.Link, n.CreatedAt, n.ReadAt)).ToListAsync(cancellationToken);
            var cases = items.Select(i => i.CaseId).OfType<Guid>().Distinct().ToList();
            if (cases.Count > 0) await audit.ReadAsync(caller.RequireKommuneId(), cases, "notification.list", cancellationToken);
            return new NotificationsView(unread, items);
        }
    }
}

/// <summary>Just the number of the caller's unread notifications, for polling the bell cheaply.</summary>
public static class CountUnreadNotifications
{
    public sealed record Result(int Unread);

    public sealed record Query : IQuery<Result>;

    public sealed class Handler(VisitationDbContext db, CurrentUser caller) : IQueryHandler<Query, Result>
    {
        public async ValueTask<Result> Handle(Query query, CancellationToken cancellationToken)
        {
            var userId = caller.UserId ?? throw new InvalidOperationException("A signed-in caller has a user id.");
            return new Result(await db.Notifications.CountAsync(n => n.UserId == userId && n.ReadAt == null, cancellationToken));
        }
    }
}
