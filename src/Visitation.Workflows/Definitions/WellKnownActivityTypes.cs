namespace Visitation.Workflows.Definitions;

/// <summary>Type ids of the built-in activities (Elsa's names where the meaning matches Elsa's).</summary>
public static class WellKnownActivityTypes
{
    public const string Flowchart = "Elsa.Flowchart";
    public const string Sequence = "Elsa.Sequence";
    public const string Start = "Elsa.Start";
    public const string End = "Elsa.End";
    public const string Finish = "Elsa.Finish";
    public const string WriteLine = "Elsa.WriteLine";
    public const string FlowDecision = "Elsa.FlowDecision";
    public const string FlowSwitch = "Elsa.FlowSwitch";
    public const string FlowFork = "Elsa.FlowFork";
    public const string FlowJoin = "Elsa.FlowJoin";
    public const string SetVariable = "Elsa.SetVariable";
    public const string SetOutput = "Elsa.SetOutput";
    public const string Delay = "Elsa.Delay";
    public const string Timer = "Elsa.Timer";
    public const string Cron = "Elsa.Cron";
    public const string Event = "Elsa.Event";
    public const string ExecuteWorkflow = "Elsa.ExecuteWorkflow";
    public const string HumanTask = "Visitation.HumanTask";
    public const string Notify = "Visitation.Notify";
}
