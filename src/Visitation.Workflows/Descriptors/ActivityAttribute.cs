namespace Visitation.Workflows.Descriptors;

/// <summary>Marks a class as an activity type and describes it for the designer and the validator.</summary>
/// <remarks>
/// <c>[Activity("Elsa.WriteLine", Version = 1, DisplayName = "Skriv linje", DisplayNameEn = "Write line", Outcomes = ["Done"])]</c>.
/// Outcomes are the ports the designer draws; when they come from an input (FlowFork's branches,
/// FlowSwitch's cases) name that input in <see cref="OutcomesFromInput"/>.
/// </remarks>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class ActivityAttribute(string type) : Attribute
{
    /// <summary>Type id, e.g. <c>Elsa.WriteLine</c> or <c>Visitation.HumanTask</c>.</summary>
    public string Type { get; } = type;

    public int Version { get; set; } = 1;

    /// <summary>Danish display name (the default UI language).</summary>
    public string? DisplayName { get; set; }

    /// <summary>English display name.</summary>
    public string? DisplayNameEn { get; set; }

    public string? Category { get; set; }

    /// <summary>Danish description.</summary>
    public string? Description { get; set; }

    /// <summary>English description.</summary>
    public string? DescriptionEn { get; set; }

    /// <summary>Static outcome ports. Defaults to <c>Done</c>; use an empty array for none (e.g. <c>Elsa.End</c>).</summary>
    public string[] Outcomes { get; set; } = ["Done"];

    /// <summary>The camelCase name of the input whose value lists further outcome ports, e.g. <c>branches</c>.</summary>
    public string? OutcomesFromInput { get; set; }

    /// <summary>The activity waits on a bookmark (timer, event, human task, join) and so can break a loop.</summary>
    public bool IsBlocking { get; set; }

    /// <summary>The activity can be a trigger that starts a new instance.</summary>
    public bool CanStartWorkflow { get; set; }

    /// <summary>The activity holds child activities.</summary>
    public bool IsContainer { get; set; }
}
