using System.Globalization;
using System.Text.Json.Nodes;
using Visitation.Workflows.Activities;
using Visitation.Workflows.Descriptors;
using Visitation.Workflows.Execution;

namespace Visitation.Activities.Opfoelgning;

/// <summary>
/// Computes when the next follow-up on a measure falls due (Barnets Lov § 95): by the case's own cadence, the
/// forum's, the municipality's rule for the measure type, track or team, or the legal default, in that order.
/// The host records the plan (outbox message <c>Visitation.Opfoelgning.Planlagt</c>) in this step's transaction,
/// so the case shows its next follow-up and why.
/// </summary>
[Activity("Visitation.BeregnOpfoelgning", DisplayName = "Beregn næste opfølgning", DisplayNameEn = "Compute next follow-up", Category = "Opfølgning",
    Description = "Beregner fristen for næste opfølgning ud fra kadencereglerne (sagens, forummets, kommunens eller lovens).",
    DescriptionEn = "Computes the next follow-up's due date from the cadence rules (the case's, the forum's, the municipality's or the law's).")]
public sealed class BeregnOpfoelgning : Activity, IOutboxMessageSource
{
    static string IOutboxMessageSource.OutboxMessageType => MessageType;

    public const string MessageType = "Visitation.Opfoelgning.Planlagt";

    [Input(DisplayName = "Sag", DisplayNameEn = "Case", Description = "Tomt betyder flowets sag.", DescriptionEn = "Empty means the flow's case.")]
    public Input<string> SagId { get; set; } = new();

    [Input(DisplayName = "Bevilling", DisplayNameEn = "Grant")]
    public Input<string> BevillingId { get; set; } = new();

    [Input(DisplayName = "Indsatstype", DisplayNameEn = "Measure type")]
    public Input<string> IndsatsType { get; set; } = new();

    /// <summary>The contract's <c>Start</c>; in JSON <c>startDato</c>, because <c>start</c> is reserved for a flowchart's start activity.</summary>
    [Input(Name = "startDato", DisplayName = "Indsatsen startede", DisplayNameEn = "Help started", Description = "Dato (yyyy-MM-dd); tomt betyder i dag.",
        DescriptionEn = "Date (yyyy-MM-dd); empty means today.")]
    public Input<string> Start { get; set; } = new();

    [Input(DisplayName = "Gennemførte opfølgninger", DisplayNameEn = "Follow-ups done", DefaultValue = 0)]
    public Input<int?> Gennemfoert { get; set; } = new();

    [Input(DisplayName = "Kadence fra afgørelsen", DisplayNameEn = "Cadence from the decision", UiHint = UiHints.Duration,
        Description = "ISO-periode fastsat af forummet, fx P3M.", DescriptionEn = "ISO period set by the forum, e.g. P3M.")]
    public Input<string> Kadence { get; set; } = new();

    [Input(Name = "foersteOpfoelgning", DisplayName = "Første opfølgning (opstartsmødet)", DisplayNameEn = "First follow-up (start meeting)",
        Description = "Dato (yyyy-MM-dd) fastsat på opstartsmødet; de næste følger kadencen derfra. Tomt betyder efter kadencen.",
        DescriptionEn = "Date (yyyy-MM-dd) fixed at the start meeting; later ones follow the cadence from it. Empty means by the cadence.")]
    public Input<string> FoersteOpfoelgning { get; set; } = new();

    [Output(DisplayName = "Frist", DisplayNameEn = "Due at")]
    public Output<DateTimeOffset> Frist { get; set; } = new();

    /// <summary>The period that led to this follow-up (the contract's <c>Kadence</c> output; the input holds that name).</summary>
    [Output(Name = "kadenceBrugt", DisplayName = "Anvendt kadence", DisplayNameEn = "Cadence used")]
    public Output<string> KadenceBrugt { get; set; } = new();

    [Output(DisplayName = "Anvendt regel", DisplayNameEn = "Rule applied")]
    public Output<string> Regel { get; set; } = new();

    public override async ValueTask ExecuteAsync(ActivityContext context)
    {
        var tenant = context.TenantId ?? throw new WorkflowFaultException($"BeregnOpfoelgning '{context.ActivityId}' runs outside a municipality.");
        var sagId = context.Get(SagId) is { Length: > 0 } sag ? sag : context.CorrelationId
            ?? throw new WorkflowFaultException($"BeregnOpfoelgning '{context.ActivityId}' has no case.");
        var gennemfoert = context.Get(Gennemfoert) ?? 0;
        if (gennemfoert < 0) throw new WorkflowFaultException($"BeregnOpfoelgning '{context.ActivityId}': follow-ups done cannot be negative.");
        var startText = context.Get(Start);
        DateOnly? start = string.IsNullOrWhiteSpace(startText) ? null : ParseDate(startText, context.ActivityId, "start");
        var foersteText = context.Get(FoersteOpfoelgning);
        DateOnly? foerste = string.IsNullOrWhiteSpace(foersteText) ? null : ParseDate(foersteText, context.ActivityId, "first follow-up");
        var request = new OpfoelgningForespoergsel(tenant, sagId, Blank(context.Get(BevillingId)), Blank(context.Get(IndsatsType)), start,
            context.Clock.GetUtcNow(), gennemfoert, Blank(context.Get(Kadence)), foerste);
        var next = await context.GetRequiredService<IOpfoelgningBeregner>().NextAsync(request, CancellationToken.None);
        context.Set(Frist, next.Frist);
        context.Set(KadenceBrugt, next.Kadence);
        context.Set(Regel, next.Forklaring);
        context.AddOutboxMessage(MessageType, new JsonObject
        {
            ["sagId"] = sagId,
            ["bevillingId"] = request.BevillingId,
            ["indsatsType"] = request.IndsatsType,
            ["start"] = next.Start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["gennemfoert"] = gennemfoert,
            ["frist"] = next.Frist.ToUniversalTime(),
            ["kadence"] = next.Kadence,
            ["kilde"] = next.Kilde,
            ["forklaring"] = next.Forklaring,
        }, context.StableKey("opfoelgning-planlagt"));
        await context.CompleteAsync();
    }

    static DateOnly ParseDate(string text, string activityId, string what)
    {
        var trimmed = text.Trim();
        if (DateOnly.TryParseExact(trimmed, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)) return date;
        if (DateTimeOffset.TryParse(trimmed, CultureInfo.InvariantCulture, DateTimeStyles.None, out var instant)) return DateOnly.FromDateTime(instant.Date);
        throw new WorkflowFaultException($"BeregnOpfoelgning '{activityId}': the {what} is not a date (yyyy-MM-dd).");
    }

    static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
