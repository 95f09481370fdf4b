using Mediator;
using Visitation.Host.Infrastructure.Errors;
using Visitation.Host.Infrastructure.Persistence;
using Visitation.Host.Infrastructure.Tenancy;

namespace Visitation.Host.Features.Opgaver;

/// <summary>A candidate takes an open task that nobody has; claiming one's own task again changes nothing.</summary>
public static class ClaimWorkItem
{
    public sealed record Command(string Id) : ICommand<WorkItemView>;

    public sealed class Handler(VisitationDbContext db, CurrentUser currentUser, TimeProvider clock) : ICommandHandler<Command, WorkItemView>
    {
        public async ValueTask<WorkItemView> Handle(Command command, CancellationToken cancellationToken)
        {
            var now = clock.GetUtcNow();
            var actor = await WorkItemActor.LoadAsync(db, currentUser, now, cancellationToken);
            var item = await WorkItemLookup.FindVisibleAsync(db, command.Id, actor, cancellationToken);
            WorkItemChanges.RequireOpen(item);
            if (item.Assignee == actor.UserName) return await WorkItemLookup.ViewAsync(db, item, actor, now, cancellationToken);
            if (item.Assignee is not null) throw new ConflictException(ErrorMessages.Error("", "tasks.taken", item.Assignee));
            if (!actor.IsCandidate(item)) throw new ForbiddenException(ErrorMessages.Error("", "tasks.notCandidate"));

            item.Assignee = actor.UserName;
            item.Status = WorkItemStatus.Claimed;
            item.InReassignmentQueue = false;
            await WorkItemChanges.SaveAsync(db, item, WorkItemRouting.NewEvent(item, WorkItemEventKind.Claimed, now, actor.UserName, actor.UserName), cancellationToken);
            return await WorkItemLookup.ViewAsync(db, item, actor, now, cancellationToken);
        }
    }
}
