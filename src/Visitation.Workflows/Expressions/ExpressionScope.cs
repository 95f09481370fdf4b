using System.Text.Json.Nodes;

namespace Visitation.Workflows.Expressions;

/// <summary>What an expression can see: the instance's variables (read and write) and inputs (read only).</summary>
/// <remarks>Values are JSON so that they serialise with the workflow state unchanged.</remarks>
public sealed class ExpressionScope
{
    public ExpressionScope(IDictionary<string, JsonNode?> variables, IReadOnlyDictionary<string, JsonNode?>? input = null)
    {
        Variables = variables;
        Input = input ?? new Dictionary<string, JsonNode?>();
    }

    /// <summary>Workflow variables by name; a script's <c>setX(v)</c> writes here.</summary>
    public IDictionary<string, JsonNode?> Variables { get; }

    /// <summary>Workflow input by name.</summary>
    public IReadOnlyDictionary<string, JsonNode?> Input { get; }

    public string? WorkflowInstanceId { get; init; }
    public string? DefinitionId { get; init; }
    public string? CorrelationId { get; init; }

    /// <summary>Variable names by variable id, for <c>Variable</c> expressions that name an id.</summary>
    public IReadOnlyDictionary<string, string> VariableNamesById { get; init; } = new Dictionary<string, string>();

    /// <summary>The activity being evaluated, for error messages.</summary>
    public string? ActivityId { get; init; }

    /// <summary>Returns a copy that names another activity in its errors.</summary>
    public ExpressionScope ForActivity(string? activityId) => new(Variables, Input)
    {
        WorkflowInstanceId = WorkflowInstanceId,
        DefinitionId = DefinitionId,
        CorrelationId = CorrelationId,
        VariableNamesById = VariableNamesById,
        ActivityId = activityId,
    };
}
