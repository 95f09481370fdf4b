using System.Text.Json.Nodes;
using Mediator;
using Visitation.Host.Features.WorkflowInstances;
using Visitation.Host.Infrastructure.Behaviors;
using Visitation.Host.Infrastructure.Errors;
using Visitation.Host.Infrastructure.Tenancy;
using Visitation.Workflows.Execution;
using Visitation.Workflows.Hosting;

namespace Visitation.Host.Features.WorkflowDefinitions;

/// <summary>Starts an instance of the published version and runs it until it waits or ends.</summary>
public static class ExecuteDefinition
{
    public sealed record Command(string DefinitionId, string? CorrelationId, JsonObject? Input, string? IdempotencyKey)
        : ICommand<InstanceStatus>, IValidatable, IIdempotentCommand
    {
        public IEnumerable<ProblemError> Validate() =>
            FieldRules.Text("/correlationId", CorrelationId, 128, required: false)
                .Concat(FieldRules.Text("/idempotencyKey", IdempotencyKey, 200, required: false));

        public string IdempotencyScope => $"execute:{DefinitionId}";

        public object IdempotencyRequest => new { CorrelationId, Input = Input?.ToJsonString() };
    }

    public sealed class Handler(WorkflowTenants workflows, CurrentUser user) : ICommandHandler<Command, InstanceStatus>
    {
        public async ValueTask<InstanceStatus> Handle(Command command, CancellationToken cancellationToken)
        {
            var tenant = workflows.For(user.RequireTenantId());
            if (await tenant.Store.LoadDefinitionAsync(tenant.TenantId, command.DefinitionId, null, cancellationToken) is null)
            {
                var exists = await tenant.Definitions.ExistsAsync(command.DefinitionId, cancellationToken);
                throw exists ? new ConflictException(ErrorMessages.Error("", "workflow.notPublished")) : new ResourceNotFoundException("Flowet");
            }

            var input = command.Input?.ToDictionary(p => p.Key, p => p.Value?.DeepClone()) ?? [];
            var step = await tenant.Runtime.StartAsync(command.DefinitionId,
                new StartWorkflowOptions { TenantId = tenant.TenantId, CorrelationId = command.CorrelationId, Input = input, Actor = user.Actor }, cancellationToken: cancellationToken);
            return InstanceStatus.From(step.State);
        }
    }
}
