using System.Text.Json.Nodes;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Visitation.Host.Infrastructure.Behaviors;
using Visitation.Host.Infrastructure.Errors;
using Visitation.Host.Infrastructure.Persistence;
using Visitation.Host.Infrastructure.Tenancy;
using Visitation.Workflows.Hosting;

namespace Visitation.Host.Features.Opgaver;

/// <summary>
/// Completes a task with an action and the form's data, which resumes its flow. The data is checked against the
/// task's form first, then by the domain's completion rules (400 with a JSON Pointer per wrong field). Only whoever has the task, or a candidate while
/// nobody has it, may complete it. A repeated idempotency key answers with the first result.
/// </summary>
public static class CompleteWorkItem
{
    public sealed record Command(string Id, string? Action, JsonNode? Data, string? IdempotencyKey) : ICommand<WorkItemView>, IValidatable, IIdempotentCommand
    {
        public string IdempotencyScope => $"task:{Id}";

        public object IdempotencyRequest => new { Action, Data = Data?.ToJsonString() };

        public bool IdempotencyPerCaller => true;

        public IEnumerable<ProblemError> Validate()
        {
            foreach (var error in FieldRules.Text("/idempotencyKey", IdempotencyKey, 200, required: false)) yield return error;
            if (Data is not null and not JsonObject) yield return ErrorMessages.Error("/data", "tasks.formWrongType", "Object");
        }
    }

    public sealed class Handler(VisitationDbContext db, WorkflowTenants workflows, CurrentUser currentUser, TimeProvider clock,
        IEnumerable<IWorkItemCompletionRule> rules) : ICommandHandler<Command, WorkItemView>
    {
        public async ValueTask<WorkItemView> Handle(Command command, CancellationToken cancellationToken)
        {
            var now = clock.GetUtcNow();
            var actor = await WorkItemActor.LoadAsync(db, currentUser, now, cancellationToken);
            var item = await WorkItemLookup.FindVisibleAsync(db, command.Id, actor, cancellationToken);
            var tenant = workflows.For(currentUser.RequireTenantId());
            // The task was read inside the command's transaction, so the checks hold when it commits.
            WorkItemChanges.RequireOpen(item);
            if (item.Assignee is not null && !actor.Has(item)) throw new ConflictException(ErrorMessages.Error("", "tasks.taken", item.Assignee));
            if (item.Assignee is null && !actor.IsCandidate(item)) throw new ForbiddenException(ErrorMessages.Error("", "tasks.notCandidate"));
            var errors = await FormDataRules.ValidateAsync(item, command.Action, command.Data);
            if (errors.Count > 0) throw new RequestValidationException(errors);
            foreach (var rule in rules)
            {
                var refused = await rule.ValidateAsync(item, command.Action, command.Data as JsonObject ?? [], cancellationToken);
                if (refused.Count > 0) throw new RequestValidationException(refused);
            }

            var input = new JsonObject { ["action"] = command.Action, ["data"] = command.Data?.DeepClone() ?? new JsonObject() };
            await tenant.Runtime.ResumeAsync(item.InstanceId, item.BookmarkId, input, actor.UserName, cancellationToken);
            await db.Entry(item).ReloadAsync(cancellationToken);
            // What was entered is kept with the task, in the same transaction, for the case page to read back.
            if (command.Data is JsonObject { Count: > 0 } entered) item.CompletedData = entered.ToJsonString();
            return await WorkItemLookup.ViewAsync(db, item, actor, now, cancellationToken);
        }
    }
}
