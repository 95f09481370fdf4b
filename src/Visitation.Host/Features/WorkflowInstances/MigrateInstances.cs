using Mediator;
using Visitation.Host.Infrastructure.Behaviors;
using Visitation.Host.Infrastructure.Errors;
using Visitation.Host.Infrastructure.Tenancy;
using Visitation.Workflows.Hosting;
using Visitation.Workflows.Management;

namespace Visitation.Host.Features.WorkflowInstances;

/// <summary>
/// Moves running instances to another version with an activity mapping: a dry run reports per instance what
/// moves where and what cannot be mapped; applying migrates every instance that can be, and leaves the
/// others untouched with their reasons.
/// </summary>
public static class MigrateInstances
{
    public sealed record Command(string? DefinitionId, int FromVersion, int ToVersion, IReadOnlyDictionary<string, string>? Mapping,
        IReadOnlyList<string>? InstanceIds, bool DryRun) : ICommand<InstanceMigrationResult>, IValidatable
    {
        public IEnumerable<ProblemError> Validate()
        {
            foreach (var error in FieldRules.Text("/definitionId", DefinitionId, 128)) yield return error;
            if (FromVersion < 1) yield return ErrorMessages.Error("/fromVersion", "field.invalidFormat", ">= 1");
            if (ToVersion < 1) yield return ErrorMessages.Error("/toVersion", "field.invalidFormat", ">= 1");
            if (FromVersion == ToVersion) yield return ErrorMessages.Error("/toVersion", "migration.sameVersion");
            foreach (var (source, target) in Mapping ?? new Dictionary<string, string>())
                if (string.IsNullOrWhiteSpace(target)) yield return ErrorMessages.Error($"/mapping/{source}", "field.required");
        }
    }

    public sealed class Handler(WorkflowTenants workflows, CurrentUser user) : ICommandHandler<Command, InstanceMigrationResult>
    {
        public async ValueTask<InstanceMigrationResult> Handle(Command command, CancellationToken cancellationToken) =>
            await workflows.For(user.RequireTenantId()).Migrator.MigrateAsync(new InstanceMigrationRequest(command.DefinitionId!, command.FromVersion,
                command.ToVersion, command.Mapping ?? new Dictionary<string, string>(), command.InstanceIds, command.DryRun), cancellationToken);
    }
}
