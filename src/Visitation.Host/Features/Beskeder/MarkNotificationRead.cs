using Mediator;
using Microsoft.EntityFrameworkCore;
using Visitation.Host.Infrastructure.Errors;
using Visitation.Host.Infrastructure.Persistence;
using Visitation.Host.Infrastructure.Tenancy;

namespace Visitation.Host.Features.Beskeder;

/// <summary>Marks one of the caller's notifications read (again a no-op); another user's is not found.</summary>
public static class MarkNotificationRead
{
    public sealed record Command(Guid Id) : ICommand<CountUnreadNotifications.Result>;

    public sealed class Handler(VisitationDbContext db, CurrentUser caller, TimeProvider clock) : ICommandHandler<Command, CountUnreadNotifications.Result>
    {
        public async ValueTask<CountUnreadNotifications.Result> Handle(Command command, CancellationToken cancellationToken)
        {
            var userId = caller.UserId ?? throw new InvalidOperationException("A signed-in caller has a user id.");
            var notification = await db.Notifications.SingleOrDefaultAsync(n => n.Id == command.Id && n.UserId == userId, cancellationToken)
                               ?? throw new ResourceNotFoundException("Notifikationen");
            notification.ReadAt ??= clock.GetUtcNow();
            await db.SaveChangesAsync(cancellationToken);
            return new CountUnreadNotifications.Result(await db.Notifications.CountAsync(n => n.UserId == userId && n.ReadAt == null, cancellationToken));
        }
    }
}

/// <summary>Marks all of the caller's notifications read.</summary>
public static class MarkAllNotificationsRead
{
    public sealed record Command : ICommand<CountUnreadNotifications.Result>;

    public sealed class Handler(VisitationDbContext db, CurrentUser caller, TimeProvider clock) : ICommandHandler<Command, CountUnreadNotifications.Result>
    {
        public async ValueTask<CountUnreadNotifications.Result> Handle(Command command, CancellationToken cancellationToken)
        {
            var userId = caller.UserId ?? throw new InvalidOperationException("A signed-in caller has a user id.");
            var now = clock.GetUtcNow();
            await db.Notifications.Where(n => n.UserId == userId && n.ReadAt == null)
                .ExecuteUpdateAsync(s => s.SetProperty(n => n.ReadAt, now), cancellationToken);
            return new CountUnreadNotifications.Result(0);
        }
    }
}
