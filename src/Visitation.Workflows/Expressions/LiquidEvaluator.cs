using System.Text.Json;
using System.Text.Json.Nodes;
using Fluid;

namespace Visitation.Workflows.Expressions;

/// <summary>Renders Liquid templates (Elsa 2 imports) with Fluid.</summary>
/// <remarks>
/// The model holds every workflow variable and input by name, plus <c>WorkflowInstanceId</c>,
/// <c>WorkflowDefinitionId</c> and <c>CorrelationId</c>, which Elsa 2 templates use. Values are plain
/// dictionaries, lists and scalars: templates never see a CLR object of the engine.
/// </remarks>
public sealed class LiquidEvaluator
{
    static readonly FluidParser Parser = new();
    static readonly TemplateOptions TemplateOptions = new() { MaxSteps = 100_000, MaxRecursion = 32 };

    public string Render(string source, ExpressionScope scope)
    {
        if (!Parser.TryParse(source, out var template, out var error))
            throw new ExpressionException($"Liquid syntax error{(scope.ActivityId is null ? "" : $" in activity '{scope.ActivityId}'")}: {error}", scope.ActivityId);
        var context = new TemplateContext(TemplateOptions);
        foreach (var (name, value) in scope.Input) context.SetValue(name, ToPlain(value));
        foreach (var (name, value) in scope.Variables) context.SetValue(name, ToPlain(value));
        context.SetValue("WorkflowInstanceId", scope.WorkflowInstanceId);
        context.SetValue("WorkflowDefinitionId", scope.DefinitionId);
        context.SetValue("CorrelationId", scope.CorrelationId);
        try
        {
            return template.Render(context);
        }
        catch (InvalidOperationException e)
        {
            throw new ExpressionException($"Liquid error: {e.Message}", scope.ActivityId, e);
        }
    }

    static object? ToPlain(JsonNode? node) => node switch
    {
        null => null,
        JsonObject o => o.ToDictionary(p => p.Key, p => ToPlain(p.Value)),
        JsonArray a => a.Select(ToPlain).ToList(),
        JsonValue v => v.GetValueKind() switch
        {
            JsonValueKind.String => v.GetValue<string>(),
            JsonValueKind.Number => v.GetValue<decimal>(),
            JsonValueKind.True => true,
            JsonValueKind.False => false,
            _ => null,
        },
        _ => null,
    };
}
