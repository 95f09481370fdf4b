using Mediator;
using Visitation.Host.Infrastructure.Tenancy;
using Visitation.Workflows.Hosting;

namespace Visitation.Host.Features.WorkflowInstances;

/// <summary>Runs a faulted instance again from the work its fault left.</summary>
public static class RetryInstance
{
    public sealed record Command(string InstanceId) : ICommand<InstanceStatus>;

    public sealed class Handler(WorkflowTenants workflows, CurrentUser user) : ICommandHandler<Command, InstanceStatus>
    {
        public async ValueTask<InstanceStatus> Handle(Command command, CancellationToken cancellationToken) =>
            InstanceStatus.From((await workflows.For(user.RequireTenantId()).Runtime.RetryAsync(command.InstanceId, user.Actor, cancellationToken)).State);
    }
}
