using Mediator;
using Visitation.Host.Infrastructure.Behaviors;
using Visitation.Host.Infrastructure.Errors;
using Visitation.Host.Infrastructure.Tenancy;
using Visitation.Workflows.Hosting;
using Visitation.Workflows.Management;

namespace Visitation.Host.Features.WorkflowDefinitions;

/// <summary>
/// Publishes the draft, now or from a date: refused with every error (422) while the definition has errors.
/// </summary>
public static class PublishDefinition
{
    public sealed record Command(string DefinitionId, string? Note, DateTimeOffset? EffectiveFrom = null) : ICommand<DefinitionVersionInfo>, IValidatable
    {
        public IEnumerable<ProblemError> Validate() => FieldRules.Text("/note", Note, 2000, required: false);
    }

    public sealed class Handler(WorkflowTenants workflows, CurrentUser user) : ICommandHandler<Command, DefinitionVersionInfo>
    {
        public async ValueTask<DefinitionVersionInfo> Handle(Command command, CancellationToken cancellationToken) =>
            await workflows.For(user.RequireTenantId()).Definitions.PublishAsync(command.DefinitionId, command.Note, user.Actor, command.EffectiveFrom, cancellationToken);
    }
}
