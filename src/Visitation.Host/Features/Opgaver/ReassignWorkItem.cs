using Mediator;
using Visitation.Host.Infrastructure.Behaviors;
using Visitation.Host.Infrastructure.Errors;
using Visitation.Host.Infrastructure.Persistence;
using Visitation.Host.Infrastructure.Tenancy;

namespace Visitation.Host.Features.Opgaver;

/// <summary>Whoever has a task, or a leader, moves it to another person who may take it; the reason is required and kept in the history.</summary>
public static class ReassignWorkItem
{
    public sealed record Command(string Id, string? User, string? Reason) : ICommand<WorkItemView>, IValidatable
    {
        public IEnumerable<ProblemError> Validate() =>
            FieldRules.Text("/user", User, 200).Concat(FieldRules.Text("/reason", Reason, 1000));
    }

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
            var user = await WorkItemChanges.EligibleUserAsync(db, item, command.User, actor, now, cancellationToken);

            item.Assignee = user.UserName;
            item.Status = WorkItemStatus.Assigned;
            item.InReassignmentQueue = false;
            await WorkItemChanges.SaveAsync(db, item, WorkItemRouting.NewEvent(item, WorkItemEventKind.Reassigned, now, actor.UserName, user.UserName,
                command.Reason!.Trim()), cancellationToken);
            return await WorkItemLookup.ViewAsync(db, item, actor, now, cancellationToken);
        }
    }
}
