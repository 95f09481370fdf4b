using Visitation.Host.Features.Frister;
using Visitation.Host.Infrastructure.Behaviors;
using Visitation.Host.Infrastructure.Errors;

namespace Visitation.Host.Features.Opfoelgning;

/// <summary>
/// Checks of a cadence as a user writes it: calendar periods only, each step limited by a count or a time from
/// the start except the last (the tail), and never looser than the law: the first follow-up no later than
/// 3 months after the start, and no interval longer than 6 months.
/// </summary>
public static class KadenceRules
{
    public const int MaxSteps = 12;
    public const int MaxCount = 100;

    public static bool IsPeriod(string? text) => IsoDuration.TryParse(text, out var period) && period.HasCalendarPart && !period.HasTimePart;

    public static IEnumerable<ProblemError> Validate(string path, IReadOnlyList<KadenceInput.Step>? steps)
    {
        if (steps is null || steps.Count == 0)
        {
            yield return ErrorMessages.Error(path, "field.required");
            yield break;
        }
        if (steps.Count > MaxSteps)
        {
            yield return ErrorMessages.Error(path, "field.outOfRange", 1, MaxSteps);
            yield break;
        }
        for (var i = 0; i < steps.Count; i++)
        {
            var step = steps[i];
            var at = $"{path}/{i}";
            var last = i == steps.Count - 1;
            if (!IsPeriod(step.Interval)) yield return ErrorMessages.Error($"{at}/interval", "opfoelgning.invalidPeriod");
            else if (!NoLongerThan(step.Interval!, i == 0 ? FirstLimit : LaterLimit))
                yield return ErrorMessages.Error($"{at}/interval", "opfoelgning.looserThanLaw", step.Interval!, i == 0 ? FirstLimit : LaterLimit);
            if (step.Antal is not null && step.Indtil is not null) yield return ErrorMessages.Error($"{at}/indtil", "opfoelgning.countOrUntil");
            if (step.Antal is < 1 or > MaxCount) yield return ErrorMessages.Error($"{at}/antal", "field.outOfRange", 1, MaxCount);
            if (step.Indtil is not null && !IsPeriod(step.Indtil)) yield return ErrorMessages.Error($"{at}/indtil", "opfoelgning.invalidPeriod");
            if (last && (step.Antal is not null || step.Indtil is not null)) yield return ErrorMessages.Error(at, "opfoelgning.lastRepeats");
            if (!last && step.Antal is null && step.Indtil is null) yield return ErrorMessages.Error(at, "opfoelgning.stepNeedsLimit");
        }
    }

    public static IEnumerable<ProblemError> Reason(string path, string? reason) => FieldRules.Text(path, reason, 500, required: false);

    static string FirstLimit => FristRules.FoersteOpfoelgning.Default.ToString();

    static string LaterLimit => FristRules.LoebendeOpfoelgning.Default.ToString();

    /// <summary>True when <paramref name="period"/> from every day of four years (every month length and leap day) ends no later than <paramref name="limit"/>.</summary>
    static bool NoLongerThan(string period, string limit)
    {
        var p = IsoDuration.Parse(period);
        var l = IsoDuration.Parse(limit);
        var first = new DateOnly(2028, 1, 1);
        for (var day = first; day < first.AddYears(4); day = day.AddDays(1))
            if (Add(day, p) > Add(day, l)) return false;
        return true;
    }

    static DateOnly Add(DateOnly date, IsoDuration period) => date.AddMonths(period.Years * 12 + period.Months).AddDays(period.Weeks * 7 + period.Days);
}
