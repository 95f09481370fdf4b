using System.Text.Json.Nodes;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Visitation.Host.Features.Audit;
using Visitation.Host.Infrastructure.Behaviors;
using Visitation.Host.Infrastructure.Errors;
using Visitation.Host.Infrastructure.Persistence;
using Visitation.Host.Infrastructure.Tenancy;
using Visitation.Workflows.Activities.BuiltIn;
using Visitation.Workflows.Execution;
using Visitation.Workflows.Hosting;

namespace Visitation.Host.Features.WorkflowInstances;

/// <summary>
/// Resumes one bookmark (a timer's may be resumed early). For integrations and administrators. A person's task
/// (a <see cref="HumanTask"/> bookmark) is completed through the work list, which applies its candidates, form and
/// rules; resuming it here is an operator's exception that needs a reason, written with the resume to the audit
/// trail of the flow's case.
/// </summary>
public static class ResumeBookmark
{
    public sealed record Command(string BookmarkId, JsonNode? Input, string? IdempotencyKey, string? Reason = null)
        : ICommand<InstanceStatus>, IValidatable, IIdempotentCommand
    {
        public IEnumerable<ProblemError> Validate() =>
            FieldRules.Text("/idempotencyKey", IdempotencyKey, 200, required: false).Concat(FieldRules.Text("/reason", Reason, 500, required: false));

        public string IdempotencyScope => $"resume:{BookmarkId}";

        public object IdempotencyRequest => new { Input = Input?.ToJsonString(), Reason };
    }

    public sealed class Handler(WorkflowTenants workflows, CurrentUser user, VisitationDbContext db, AuditTrail audit) : ICommandHandler<Command, InstanceStatus>
    {
        public async ValueTask<InstanceStatus> Handle(Command command, CancellationToken cancellationToken)
        {
            var tenant = workflows.For(user.RequireTenantId());
            var (instanceId, name) = await tenant.Store.FindBookmarkAsync(command.BookmarkId, cancellationToken)
                ?? throw new BookmarkNotFoundException("", command.BookmarkId);
            if (name != HumanTask.BookmarkName)
                return InstanceStatus.From((await tenant.Runtime.ResumeAsync(instanceId, command.BookmarkId, command.Input, user.Actor, cancellationToken)).State);

            if (string.IsNullOrWhiteSpace(command.Reason))
                throw new UnprocessableException([ErrorMessages.Error("/reason", "workflow.taskReasonRequired")]);
            var step = await tenant.Runtime.ResumeAsync(instanceId, command.BookmarkId, command.Input, user.Actor, cancellationToken);
            // The audit entry commits with the resume, in the command's transaction.
            if (Guid.TryParse(step.State.CorrelationId, out var sagId)
                && await db.Sager.AsNoTracking().Where(s => s.Id == sagId).Select(s => (Guid?)s.KommuneId).SingleOrDefaultAsync(cancellationToken) is { } kommuneId)
                audit.Write(kommuneId, sagId, "task.operatorResume", command.Reason.Trim());
            return InstanceStatus.From(step.State);
        }
    }
}
