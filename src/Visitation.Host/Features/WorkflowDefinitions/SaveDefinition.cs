using System.Text.Json.Nodes;
using Mediator;
using Visitation.Host.Infrastructure.Errors;
using Visitation.Host.Infrastructure.Tenancy;
using Visitation.Workflows.Definitions.Serialization;
using Visitation.Workflows.Hosting;
using Visitation.Workflows.Management;

namespace Visitation.Host.Features.WorkflowDefinitions;

/// <summary>
/// Saves a flow as its draft: Elsa 3 JSON (from the designer) or, for <see cref="Command.AllowElsa2"/>, an
/// Elsa 2 export. The file's <c>definitionId</c> is kept; saving an existing flow edits its draft or opens a new
/// draft version after the published one.
/// </summary>
public static class SaveDefinition
{
    public sealed record Command(JsonNode? Body, bool AllowElsa2, string? ExpectedDefinitionId = null) : ICommand<Result>;

    public sealed record Result(string DefinitionId, int Version, string Format, DefinitionVersionInfo Info);

    public sealed class Handler(WorkflowTenants workflows, CurrentUser user) : ICommandHandler<Command, Result>
    {
        public async ValueTask<Result> Handle(Command command, CancellationToken cancellationToken)
        {
            if (command.Body is not JsonObject) throw new RequestValidationException(ErrorMessages.Error("", "body.missing"));
            var imported = command.AllowElsa2
                ? DefinitionSerializer.Import(command.Body)
                : new ImportResult(DefinitionSerializer.Read(command.Body.ToJsonString()), DefinitionFormat.Elsa3);
            var definition = imported.Definition;
            if (command.ExpectedDefinitionId is { } expected && definition.DefinitionId != expected)
                throw new RequestValidationException(ErrorMessages.Error("/definitionId", "definition.idMismatch", expected));
            var info = await workflows.For(user.RequireTenantId()).Definitions.SaveDraftAsync(definition, user.Actor, cancellationToken);
            return new Result(info.DefinitionId, info.Version, imported.Format.ToString(), info);
        }
    }
}
