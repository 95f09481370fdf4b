using System.Text.Json.Nodes;
using Mediator;
using Visitation.Host.Infrastructure.Behaviors;
using Visitation.Host.Infrastructure.Errors;
using Visitation.Host.Infrastructure.Tenancy;
using Visitation.Workflows.Hosting;

namespace Visitation.Host.Features.WorkflowInstances;

/// <summary>
/// Delivers a named event: resumes the instances waiting for it with this correlation id and starts the
/// published flows that an event of this name triggers.
/// </summary>
public static class TriggerEvent
{
    public sealed record Command(string EventName, string? CorrelationId, JsonNode? Payload, string? IdempotencyKey) : ICommand<Result>, IValidatable, IIdempotentCommand
    {
        public IEnumerable<ProblemError> Validate() =>
            FieldRules.Text("/eventName", EventName, 256)
                .Concat(FieldRules.Text("/correlationId", CorrelationId, 128, required: false))
                .Concat(FieldRules.Text("/idempotencyKey", IdempotencyKey, 200, required: false));

        public string IdempotencyScope => $"trigger:{EventName}";

        public object IdempotencyRequest => new { CorrelationId, Payload = Payload?.ToJsonString() };
    }

    public sealed record Result(IReadOnlyList<InstanceStatus> Instances);

    public sealed class Handler(WorkflowTenants workflows, CurrentUser user) : ICommandHandler<Command, Result>
    {
        public async ValueTask<Result> Handle(Command command, CancellationToken cancellationToken)
        {
            var tenant = workflows.For(user.RequireTenantId());
            var steps = await tenant.Runtime.TriggerEventAsync(command.EventName, command.CorrelationId, command.Payload, user.Actor, tenant.TenantId, cancellationToken);
            return new Result(steps.Select(s => InstanceStatus.From(s.State)).DistinctBy(s => s.InstanceId).ToList());
        }
    }
}
