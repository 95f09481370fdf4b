using Mediator;
using Visitation.Host.Infrastructure.Behaviors;
using Visitation.Host.Infrastructure.Errors;
using Visitation.Host.Infrastructure.Persistence;
using Visitation.Host.Infrastructure.Tenancy;

namespace Visitation.Host.Features.Opgaver;

/// <summary>
/// A leader or administrator gives a task that nobody has (e.g. from the reassignment queue) to a person who may
/// take it. A task somebody has is moved with <see cref="ReassignWorkItem"/>.
/// </summary>
public static class AssignWorkItem
{
    public sealed record Command(string Id, string? User, string? Reason) : ICommand<WorkItemView>, IValidatable
    {
        public IEnumerable<ProblemError> Validate() =>
            FieldRules.Text("/user", User, 200).Concat(FieldRules.Text("/reason", Reason, 1000, required: false));
    }

    public sealed class Handler(VisitationDbContext db, CurrentUser currentUser, TimeProvider clock) : ICommandHandler<Command, WorkItemView>
    {
        public async ValueTask<WorkItemView> Handle(Command command, CancellationToken cancellationToken)
        {
            var now = clock.GetUtcNow();
            var actor = await WorkItemActor.LoadAsync(db, currentUser, now, cancellationToken);
            var item = await WorkItemLookup.FindVisibleAsync(db, command.Id, actor, cancellationToken);
            if (!actor.IsLeader) throw new ForbiddenException(ErrorMessages.Error("", "tasks.leadersOnly"));
            WorkItemChanges.RequireOpen(item);
            if (item.Assignee is not null) throw new ConflictException(ErrorMessages.Error("", "tasks.taken", item.Assignee));
            var user = await WorkItemChanges.EligibleUserAsync(db, item, command.User, actor, now, cancellationToken);

            item.Assignee = user.UserName;
            item.Status = WorkItemStatus.Assigned;
            item.InReassignmentQueue = false;
            await WorkItemChanges.SaveAsync(db, item, WorkItemRouting.NewEvent(item, WorkItemEventKind.Assigned, now, actor.UserName, user.UserName,
                string.IsNullOrWhiteSpace(command.Reason) ? null : command.Reason.Trim()), cancellationToken);
            return await WorkItemLookup.ViewAsync(db, item, actor, now, cancellationToken);
        }
    }
}
