using Mediator;
using Visitation.Host.Infrastructure.Errors;
using Visitation.Host.Infrastructure.Persistence;
using Visitation.Host.Infrastructure.Tenancy;

namespace Visitation.Host.Features.Opgaver;

/// <summary>Whoever has a task (or a leader) gives it back to the open list.</summary>
public static class UnclaimWorkItem
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
            if (item.Assignee is null) throw new ConflictException(ErrorMessages.Error("", "tasks.notTaken"));
            if (!actor.Has(item) && !actor.IsLeader) throw new ForbiddenException(ErrorMessages.Error("", "tasks.notYours"));

            item.Assignee = null;
            item.Status = WorkItemStatus.Open;
            await WorkItemChanges.SaveAsync(db, item, WorkItemRouting.NewEvent(item, WorkItemEventKind.Unclaimed, now, actor.UserName), cancellationToken);
            return await WorkItemLookup.ViewAsync(db, item, actor, now, cancellationToken);
        }
    }
}
