using Mediator;
using Visitation.Host.Infrastructure.Tenancy;
using Visitation.Workflows.Hosting;

namespace Visitation.Host.Features.WorkflowInstances;

public static class CancelInstance
{
    public sealed record Command(string InstanceId) : ICommand<InstanceStatus>;

    public sealed class Handler(WorkflowTenants workflows, CurrentUser user) : ICommandHandler<Command, InstanceStatus>
    {
        public async ValueTask<InstanceStatus> Handle(Command command, CancellationToken cancellationToken) =>
            InstanceStatus.From((await workflows.For(user.RequireTenantId()).Runtime.CancelAsync(command.InstanceId, user.Actor, cancellationToken)).State);
    }
}
