using Mediator;
using Visitation.Host.Infrastructure.Tenancy;
using Visitation.Workflows.Hosting;
using Visitation.Workflows.Management;

namespace Visitation.Host.Features.WorkflowDefinitions;

/// <summary>Takes the published version out of use; running instances continue on it.</summary>
public static class RetractDefinition
{
    public sealed record Command(string DefinitionId) : ICommand<DefinitionVersionInfo>;

    public sealed class Handler(WorkflowTenants workflows, CurrentUser user) : ICommandHandler<Command, DefinitionVersionInfo>
    {
        public async ValueTask<DefinitionVersionInfo> Handle(Command command, CancellationToken cancellationToken) =>
            await workflows.For(user.RequireTenantId()).Definitions.RetractAsync(command.DefinitionId, user.Actor, cancellationToken);
    }
}
