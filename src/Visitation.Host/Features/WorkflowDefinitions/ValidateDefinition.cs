using System.Text.Json.Nodes;
using Mediator;
using Visitation.Host.Infrastructure.Errors;
using Visitation.Host.Infrastructure.Workflows;
using Visitation.Workflows.Definitions.Serialization;
using Visitation.Workflows.Definitions.Validation;

namespace Visitation.Host.Features.WorkflowDefinitions;

/// <summary>Validates a definition without saving it: errors block publishing, warnings do not.</summary>
public static class ValidateDefinition
{
    public sealed record Command(JsonNode? Body) : ICommand<DefinitionFindings.Report>;

    public sealed class Handler(DefinitionValidator validator) : ICommandHandler<Command, DefinitionFindings.Report>
    {
        public ValueTask<DefinitionFindings.Report> Handle(Command command, CancellationToken cancellationToken)
        {
            if (command.Body is not JsonObject) throw new RequestValidationException(ErrorMessages.Error("", "body.missing"));
            var definition = DefinitionSerializer.Import(command.Body).Definition;
            return ValueTask.FromResult(DefinitionFindings.ToReport(validator.Validate(definition)));
        }
    }
}
