using System.Globalization;
using Visitation.Workflows.Activities;
using Visitation.Workflows.Descriptors;

namespace Visitation.Activities.Opfoelgning;

/// <summary>
/// Computes the due date of a re-visitation when a grant nears its end: the deadline rule <c>genvisitation-14d</c> from
/// now (the expiry notice), held to the grant's end date, so the task shows on the work list with a deadline and escalates.
/// </summary>
[Activity("Visitation.BeregnGenvisitation", DisplayName = "Beregn frist for genvisitation", DisplayNameEn = "Compute re-visitation deadline", Category = "Opfølgning",
    Description = "Fristen for genvisitationen efter fristreglen, dog senest bevillingens slutdato.",
    DescriptionEn = "The re-visitation's deadline by the deadline rule, at the latest the grant's end date.")]
public sealed class BeregnGenvisitation : Activity
{
    [Input(DisplayName = "Bevillingens slutdato", DisplayNameEn = "Grant's end date", Description = "Dato (yyyy-MM-dd); tomt betyder kun fristreglen.",
        DescriptionEn = "Date (yyyy-MM-dd); empty means the deadline rule alone.")]
    public Input<string> Slut { get; set; } = new();

    [Output(DisplayName = "Frist", DisplayNameEn = "Due at")]
    public Output<DateTimeOffset> Frist { get; set; } = new();

    public override async ValueTask ExecuteAsync(ActivityContext context)
    {
        var tenant = context.TenantId ?? throw new WorkflowFaultException($"BeregnGenvisitation '{context.ActivityId}' runs outside a municipality.");
        var text = context.Get(Slut)?.Trim();
        DateOnly? slut = string.IsNullOrEmpty(text) ? null
            : DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date
            : throw new WorkflowFaultException($"BeregnGenvisitation '{context.ActivityId}': the end date is not a date (yyyy-MM-dd).");
        var due = await context.GetRequiredService<IGenvisitationFrist>().DueAtAsync(tenant, context.Clock.GetUtcNow(), slut, CancellationToken.None);
        context.Set(Frist, due);
        await context.CompleteAsync();
    }
}
