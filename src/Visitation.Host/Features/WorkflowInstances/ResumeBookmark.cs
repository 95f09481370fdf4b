using System.Text.Json.Nodes;
using Mediator;
using Visitation.Host.Infrastructure.Behaviors;
using Visitation.Host.Infrastructure.Errors;
using Visitation.Host.Infrastructure.Tenancy;
using Visitation.Workflows.Execution;
using Visitation.Workflows.Hosting;

namespace Visitation.Host.Features.WorkflowInstances;

/// <summary>Resumes one bookmark (a timer's may be resumed early). For integrations and administrators.</summary>
public static class ResumeBookmark
{
    public sealed record Command(string BookmarkId, JsonNode? Input, string? IdempotencyKey) : ICommand<InstanceStatus>, IValidatable, IIdempotentCommand
    {
        public IEnumerable<ProblemError> Validate() => FieldRules.Text("/idempotencyKey", IdempotencyKey, 200, required: false);

        public string IdempotencyScope => $"resume:{BookmarkId}";

        public object IdempotencyRequest => new { Input = Input?.ToJsonString() };
    }

    public sealed class Handler(WorkflowTenants workflows, CurrentUser user) : ICommandHandler<Command, InstanceStatus>
    {
        public async ValueTask<InstanceStatus> Handle(Command command, CancellationToken cancellationToken)
        {
            var tenant = workflows.For(user.RequireTenantId());
            var instanceId = await tenant.Store.FindInstanceOfBookmarkAsync(command.BookmarkId, cancellationToken)
                ?? throw new BookmarkNotFoundException("", command.BookmarkId);
            var step = await tenant.Runtime.ResumeAsync(instanceId, command.BookmarkId, command.Input, user.Actor, cancellationToken);
            return InstanceStatus.From(step.State);
        }
    }
}
