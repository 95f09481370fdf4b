namespace Visitation.Workflows.Definitions.Serialization;

/// <summary>How Elsa 2 activity types and their properties map onto this runtime's types and inputs.</summary>
/// <remarks>
/// <list type="table">
/// <listheader><term>Elsa 2 type</term><description>Type here; property renames (others become camelCase)</description></listheader>
/// <item><term>WriteLine</term><description>Elsa.WriteLine; Text → text</description></item>
/// <item><term>SetVariable</term><description>Elsa.SetVariable; VariableName → variable (a variable reference), Value → value</description></item>
/// <item><term>If</term><description>Elsa.FlowDecision; Condition → condition (outcomes True/False)</description></item>
/// <item><term>Switch</term><description>Elsa.FlowSwitch; Cases → cases</description></item>
/// <item><term>Fork</term><description>Elsa.FlowFork; Branches → branches</description></item>
/// <item><term>Join</term><description>Elsa.FlowJoin; Mode → mode</description></item>
/// <item><term>Timer</term><description>Elsa.Timer; Timeout → interval</description></item>
/// <item><term>Cron</term><description>Elsa.Cron; CronExpression → cronExpression</description></item>
/// <item><term>StartAt</term><description>Elsa.Delay; Instant → dateTime (a one-shot wait until a date)</description></item>
/// <item><term>SignalReceived</term><description>Elsa.Event; Signal → eventName</description></item>
/// <item><term>SendSignal</term><description>Elsa.Event is not a sender: kept as SendSignal (unknown)</description></item>
/// <item><term>RunWorkflow</term><description>Elsa.ExecuteWorkflow; WorkflowDefinitionId → workflowDefinitionId, Input → input, CorrelationId → correlationId</description></item>
/// <item><term>Finish</term><description>Elsa.Finish</description></item>
/// <item><term>UserTask</term><description>Visitation.HumanTask; Actions → actions (its outcomes)</description></item>
/// </list>
/// Any other type is kept with its Elsa 2 name, so that validation reports it as an unknown type naming
/// it. Expression syntaxes map as Literal → Literal, JavaScript → JavaScript, Liquid → Liquid,
/// Json → Object.
/// </remarks>
public static class Elsa2TypeMap
{
    /// <summary>Elsa 2 type → type here.</summary>
    public static readonly IReadOnlyDictionary<string, string> Types = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["WriteLine"] = WellKnownActivityTypes.WriteLine,
        ["SetVariable"] = WellKnownActivityTypes.SetVariable,
        ["If"] = WellKnownActivityTypes.FlowDecision,
        ["Switch"] = WellKnownActivityTypes.FlowSwitch,
        ["Fork"] = WellKnownActivityTypes.FlowFork,
        ["Join"] = WellKnownActivityTypes.FlowJoin,
        ["Timer"] = WellKnownActivityTypes.Timer,
        ["Cron"] = WellKnownActivityTypes.Cron,
        ["StartAt"] = WellKnownActivityTypes.Delay,
        ["SignalReceived"] = WellKnownActivityTypes.Event,
        ["RunWorkflow"] = WellKnownActivityTypes.ExecuteWorkflow,
        ["Finish"] = WellKnownActivityTypes.Finish,
        ["UserTask"] = WellKnownActivityTypes.HumanTask,
    };

    /// <summary>(Elsa 2 type, Elsa 2 property) → input name here, where it is not just the camelCase name.</summary>
    public static readonly IReadOnlyDictionary<(string Type, string Property), string> PropertyRenames =
        new Dictionary<(string, string), string>
        {
            [("SetVariable", "VariableName")] = "variable",
            [("Timer", "Timeout")] = "interval",
            [("StartAt", "Instant")] = "dateTime",
            [("SignalReceived", "Signal")] = "eventName",
        };

    /// <summary>Elsa 2 syntax → expression type here.</summary>
    public static readonly IReadOnlyDictionary<string, string> Syntaxes = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["Literal"] = ExpressionTypes.Literal,
        ["JavaScript"] = ExpressionTypes.JavaScript,
        ["Liquid"] = ExpressionTypes.Liquid,
        ["Json"] = ExpressionTypes.Object,
    };

    public static string MapType(string elsa2Type) => Types.GetValueOrDefault(elsa2Type, elsa2Type);

    public static string MapProperty(string elsa2Type, string property) =>
        PropertyRenames.TryGetValue((elsa2Type, property), out var renamed)
            ? renamed
            : char.ToLowerInvariant(property[0]) + property[1..];

    public static string MapSyntax(string syntax) => Syntaxes.GetValueOrDefault(syntax, syntax);
}
