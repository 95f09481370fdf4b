using System.Globalization;
using System.Text.Json.Nodes;
using Visitation.Host.Features.Frister;
using Visitation.Host.Features.Opgaver;
using Visitation.Host.Infrastructure.Errors;

namespace Visitation.Host.Features.Opfoelgning;

/// <summary>
/// The start meeting fixes the first follow-up's date: a task whose form has the date field
/// <c>foersteOpfoelgning</c> is checked when it is completed. The date must fall after the day the help starts (the
/// form's <c>start</c> or <c>startdato</c>; without one, the meeting's day), not before the meeting (today in the
/// municipality), and no later than the first follow-up's deadline (<c>opfoelgning-foerste-3m</c>: Barnets Lov § 95,
/// or the municipality's stricter rule in force when the help starts).
/// </summary>
public sealed class OpstartsmoedeRule(FristResolver frister, TimeProvider clock) : IWorkItemCompletionRule
{
    public const string Field = "foersteOpfoelgning";
    static readonly string[] StartFields = ["start", "startdato"];

    public async ValueTask<IReadOnlyList<ProblemError>> ValidateAsync(WorkItem item, string? action, JsonObject data, CancellationToken cancellationToken)
    {
        if (item.FormSchema is null || JsonNode.Parse(item.FormSchema)?["properties"] is not JsonObject properties || !properties.ContainsKey(Field)) return [];
        if (Date(data[Field]) is not { } foerste) return [];
        var zone = await frister.TimeZoneOfAsync(item.KommuneId, cancellationToken);
        var today = ZonedTime.LocalDate(clock.GetUtcNow(), zone);
        var startField = StartFields.FirstOrDefault(properties.ContainsKey);
        var start = (startField is null ? null : Date(data[startField])) ?? today;
        var path = $"/data/{Field}";
        if (foerste <= start) return [ErrorMessages.Error(path, "opfoelgning.foersteFoerStart", Text(start))];
        if (foerste < today) return [ErrorMessages.Error(path, "opfoelgning.foersteFoerMoedet", Text(today))];
        var (senest, frist) = await FoersteOpfoelgningFrist.SenestAsync(frister, item.KommuneId, start, zone, cancellationToken);
        if (foerste > senest)
            return [ErrorMessages.Error(path, frist.Override is null ? "opfoelgning.foersteEfterLovensFrist" : "opfoelgning.foersteEfterKommunensFrist",
                Text(senest), frist.Spec.ToString(), Text(start))];
        return [];
    }

    static DateOnly? Date(JsonNode? node) =>
        node is JsonValue value && value.TryGetValue<string>(out var text)
        && DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;

    static string Text(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
