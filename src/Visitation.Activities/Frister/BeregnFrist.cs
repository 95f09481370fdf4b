using Visitation.Workflows.Activities;
using Visitation.Workflows.Descriptors;

namespace Visitation.Activities.Frister;

/// <summary>
/// Computes a deadline from a legal rule by its id (e.g. <c>underretning-vurdering-24t</c>, Barnets Lov § 136),
/// so a flow never repeats a number the law or the municipality sets. The result goes to a variable that a
/// task's due date reads.
/// </summary>
[Activity("Visitation.BeregnFrist", DisplayName = "Beregn frist", DisplayNameEn = "Compute deadline", Category = "Frister",
    Description = "Beregner en frist ud fra en fristregel (lovens standard eller kommunens strengere lokale frist).",
    DescriptionEn = "Computes a deadline from a deadline rule (the legal default or the municipality's stricter local one).")]
public sealed class BeregnFrist : Activity
{
    [Input(DisplayName = "Fristregel", DisplayNameEn = "Deadline rule", UiHint = UiHints.Dropdown, OptionsSource = "deadlineRules", Required = true)]
    public Input<string> Regel { get; set; } = new();

    [Input(DisplayName = "Fristen løber fra", DisplayNameEn = "Runs from", UiHint = UiHints.DateTime,
        Description = "Tidspunktet fristen regnes fra; tomt betyder nu.", DescriptionEn = "The instant the deadline runs from; empty means now.")]
    public Input<DateTimeOffset?> Fra { get; set; } = new();

    [Output(DisplayName = "Frist", DisplayNameEn = "Due at")]
    public Output<DateTimeOffset> Frist { get; set; } = new();

    public override async ValueTask ExecuteAsync(ActivityContext context)
    {
        var rule = context.Get(Regel);
        if (string.IsNullOrWhiteSpace(rule)) throw new WorkflowFaultException($"BeregnFrist '{context.ActivityId}' has no deadline rule.");
        var tenant = context.TenantId ?? throw new WorkflowFaultException($"BeregnFrist '{context.ActivityId}' runs outside a municipality.");
        var start = context.Get(Fra) ?? context.Clock.GetUtcNow();
        var due = await context.GetRequiredService<IFristBeregner>().DueAtAsync(tenant, rule, start, CancellationToken.None);
        context.Set(Frist, due);
        await context.CompleteAsync();
    }
}
