using Visitation.Workflows.Descriptors;

namespace Visitation.Workflows.Definitions.Validation;

/// <summary>
/// Checks a definition against the registered activity descriptors. Never executes anything.
/// </summary>
/// <remarks>
/// Errors (block publishing): unknown activity type or version, duplicate activity id, missing required
/// input, connection to or from a missing activity, connection from an undeclared outcome port or into a
/// port other than <c>In</c>, a flowchart with no entry activity (or a <c>start</c> naming a missing one),
/// invalid JavaScript (parsed, not run), invalid JSON in an Object expression, invalid cron (6 fields with
/// seconds), invalid Delay/Timer literal. Warnings: an activity unreachable from the entry, and a loop with
/// no blocking activity in it. The entry follows Elsa: <c>start</c>, else the first <c>Elsa.Start</c>, else
/// the first activity without inbound connections; activities flagged <c>canStartWorkflow</c> are
/// entries as well, since a trigger starts the flowchart at itself.
/// </remarks>
public sealed partial class DefinitionValidator(ActivityRegistry registry)
{
    public ValidationResult Validate(WorkflowDefinition definition)
    {
        var findings = new Findings();
        var seenIds = new HashSet<string>(StringComparer.Ordinal);
        ValidateActivity(definition.Root, "/root", findings, seenIds);
        return new ValidationResult(findings.Errors, findings.Warnings);
    }

    private void ValidateActivity(ActivityNode node, string path, Findings findings, HashSet<string> seenIds)
    {
        if (!seenIds.Add(node.Id))
            findings.Error(ValidationCodes.DuplicateId, path + "/id", node.Id, null, node.Id);

        var descriptor = registry.Find(node.Type, node.Version);
        if (descriptor is null)
        {
            if (registry.IsKnownType(node.Type))
                findings.Error(ValidationCodes.UnknownVersion, path + "/version", node.Id, null, node.Type, node.Version);
            else
                findings.Error(ValidationCodes.UnknownType, path + "/type", node.Id, null, node.Type);
        }
        else
        {
            ValidateRequiredInputs(node, descriptor, path, findings);
        }

        ValidateExpressions(node, descriptor, path, findings);

        if (node.Activities is null) return;
        for (var i = 0; i < node.Activities.Count; i++)
            ValidateActivity(node.Activities[i], $"{path}/activities/{i}", findings, seenIds);
        if (node.Type == Definitions.WellKnownActivityTypes.Flowchart || node.Connections is not null)
            ValidateFlowchart(node, path, findings);
    }

    private static void ValidateRequiredInputs(ActivityNode node, ActivityDescriptor descriptor, string path, Findings findings)
    {
        foreach (var input in descriptor.Inputs.Where(i => i.Required))
        {
            var value = node.Inputs.FirstOrDefault(i => string.Equals(i.Key, input.Name, StringComparison.OrdinalIgnoreCase));
            if (IsSet(value.Value)) continue;
            findings.Error(ValidationCodes.RequiredInput, $"{path}/{Escape(value.Key ?? input.Name)}", node.Id, null, input.Name, Label(node));
        }
    }

    private static bool IsSet(ActivityInput? input) => input switch
    {
        null => false,
        { RawValue: not null } => true,
        { Expression: null } => input.MemoryReference is not null,
        { Expression: { Type: ExpressionTypes.Literal, Value: var value } } =>
            value is not null && !(value.GetValueKind() == System.Text.Json.JsonValueKind.String && value.GetValue<string>().Length == 0),
        { Expression.Value: var value } => value is not null && value.ToJsonString() != "\"\"",
    };

    internal static string Label(ActivityNode node) => string.IsNullOrEmpty(node.Name) ? node.Id : node.Name;

    private static string Escape(string token) => token.Replace("~", "~0").Replace("/", "~1");

    /// <summary>Collects findings with their messages.</summary>
    private sealed class Findings
    {
        public List<ValidationFinding> Errors { get; } = [];
        public List<ValidationFinding> Warnings { get; } = [];

        public void Error(string code, string path, string? activityId, ConnectionReference? connection, params object?[] arguments) =>
            Errors.Add(Create(code, ValidationSeverity.Error, path, activityId, connection, arguments));

        public void Warning(string code, string path, string? activityId, ConnectionReference? connection, params object?[] arguments) =>
            Warnings.Add(Create(code, ValidationSeverity.Warning, path, activityId, connection, arguments));

        private static ValidationFinding Create(string code, ValidationSeverity severity, string path, string? activityId,
            ConnectionReference? connection, object?[] arguments) => new()
        {
            Code = code,
            Severity = severity,
            Path = path,
            ActivityId = activityId,
            Connection = connection,
            Message = ValidationMessages.Format(code, arguments),
        };
    }
}
