using System.Text.Json.Nodes;
using Visitation.Workflows.Activities;
using Visitation.Workflows.Descriptors;

namespace Visitation.Workflows.Tests.Support;

// Test-local stand-ins for the built-in activities: only their descriptors matter here
// (the implementations live with the runtime). Shapes follow Elsa 3's inputs and outcomes.

[Activity("Elsa.Start", DisplayName = "Start", DisplayNameEn = "Start", Category = "Flow")]
public sealed class TestStart;

[Activity("Elsa.End", DisplayName = "Slut", DisplayNameEn = "End", Category = "Flow", Outcomes = [])]
public sealed class TestEnd;

[Activity("Elsa.Finish", DisplayName = "Afslut", DisplayNameEn = "Finish", Category = "Flow", Outcomes = [])]
public sealed class TestFinish;

[Activity("Elsa.WriteLine", DisplayName = "Skriv linje", DisplayNameEn = "Write line", Category = "Primitives")]
public sealed class TestWriteLine
{
    [Input(DisplayName = "Tekst", DisplayNameEn = "Text", UiHint = UiHints.MultiLine)]
    public Input<string> Text { get; set; } = new();
}

[Activity("Elsa.FlowDecision", DisplayName = "Beslutning", DisplayNameEn = "Decision", Outcomes = ["True", "False"])]
public sealed class TestFlowDecision
{
    [Input(DisplayName = "Betingelse", DisplayNameEn = "Condition", Required = true)]
    public Input<bool> Condition { get; set; } = new();
}

[Activity("Elsa.FlowSwitch", DisplayName = "Valg", DisplayNameEn = "Switch", Outcomes = ["Default"], OutcomesFromInput = "cases")]
public sealed class TestFlowSwitch
{
    [Input(DisplayName = "Tilfælde", DisplayNameEn = "Cases", UiHint = UiHints.Json)]
    public Input<JsonArray> Cases { get; set; } = new();
}

[Activity("Elsa.FlowFork", DisplayName = "Forgrening", DisplayNameEn = "Fork", Outcomes = [], OutcomesFromInput = "branches")]
public sealed class TestFlowFork
{
    [Input(DisplayName = "Grene", DisplayNameEn = "Branches", UiHint = UiHints.StringList)]
    public Input<string[]> Branches { get; set; } = new();
}

[Activity("Elsa.FlowJoin", DisplayName = "Samling", DisplayNameEn = "Join")]
public sealed class TestFlowJoin
{
    [Input(DisplayName = "Tilstand", DisplayNameEn = "Mode", DefaultValue = "WaitAny", OptionsSource = "FlowJoinMode")]
    public Input<string> Mode { get; set; } = new();
}

[Activity("Elsa.SetVariable", DisplayName = "Sæt variabel", DisplayNameEn = "Set variable")]
public sealed class TestSetVariable
{
    [Input(DisplayName = "Værdi", DisplayNameEn = "Value")]
    public Input<object> Value { get; set; } = new();
}

[Activity("Elsa.SetOutput", DisplayName = "Sæt output", DisplayNameEn = "Set output")]
public sealed class TestSetOutput
{
    [Input(Required = true)] public Input<string> OutputName { get; set; } = new();
    [Input] public Input<object> OutputValue { get; set; } = new();
}

[Activity("Elsa.Delay", DisplayName = "Vent", DisplayNameEn = "Delay", IsBlocking = true)]
public sealed class TestDelay
{
    [Input(DisplayName = "Varighed", DisplayNameEn = "Duration", UiHint = UiHints.Duration)]
    public Input<TimeSpan> TimeSpan { get; set; } = new();
}

[Activity("Elsa.Timer", DisplayName = "Timer", DisplayNameEn = "Timer", IsBlocking = true, CanStartWorkflow = true)]
public sealed class TestTimer
{
    [Input(DisplayName = "Interval", DisplayNameEn = "Interval", Required = true)]
    public Input<TimeSpan> Interval { get; set; } = new();
}

[Activity("Elsa.Cron", DisplayName = "Cron", DisplayNameEn = "Cron", IsBlocking = true, CanStartWorkflow = true)]
public sealed class TestCron
{
    [Input(DisplayName = "Cron-udtryk", DisplayNameEn = "Cron expression", Required = true, UiHint = UiHints.Cron)]
    public Input<string> CronExpression { get; set; } = new();
}

[Activity("Elsa.Event", DisplayName = "Hændelse", DisplayNameEn = "Event", IsBlocking = true, CanStartWorkflow = true)]
public sealed class TestEvent
{
    [Input(DisplayName = "Hændelsesnavn", DisplayNameEn = "Event name", Required = true)]
    public Input<string> EventName { get; set; } = new();
}

[Activity("Elsa.ExecuteWorkflow", DisplayName = "Kør delflow", DisplayNameEn = "Execute workflow")]
public sealed class TestExecuteWorkflow
{
    [Input(Required = true)] public Input<string> WorkflowDefinitionId { get; set; } = new();
    [Input] public Input<string> CorrelationId { get; set; } = new();
    [Input] public Input<object> Input { get; set; } = new();
    [Input(DefaultValue = false)] public Input<bool> WaitForCompletion { get; set; } = new();
    [Output(DisplayName = "Resultat", DisplayNameEn = "Result")] public Output<object> Result { get; set; } = new();
}

public static class TestRegistry
{
    /// <summary>The test stand-ins, registered one by one (not by assembly scan, so they never shadow the real built-ins).</summary>
    public static readonly Type[] StandIns =
    [
        typeof(TestStart), typeof(TestEnd), typeof(TestFinish), typeof(TestWriteLine), typeof(TestFlowDecision), typeof(TestFlowSwitch),
        typeof(TestFlowFork), typeof(TestFlowJoin), typeof(TestSetVariable), typeof(TestSetOutput), typeof(TestDelay), typeof(TestTimer),
        typeof(TestCron), typeof(TestEvent), typeof(TestExecuteWorkflow),
    ];

    /// <summary>A registry with the structural containers and the test stand-ins of the built-in activities.</summary>
    public static ActivityRegistry Create()
    {
        var registry = new ActivityRegistry();
        foreach (var type in StandIns) registry.Register(type);
        return registry;
    }
}
