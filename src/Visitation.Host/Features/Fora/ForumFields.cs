using Visitation.Host.Features.Moeder;
using Visitation.Host.Infrastructure.Behaviors;
using Visitation.Host.Infrastructure.Errors;

namespace Visitation.Host.Features.Fora;

public sealed record ScheduleFields(int? EveryWeeks, DayOfWeek? Weekday, string? Time, DateOnly? StartsOn);

public sealed record CutoffFields(int? DaysBefore, string? Time);

/// <summary>Everything a leader sets on a forum; people by user name.</summary>
public sealed record ForumFields(string? Name, ForumKind? Kind, string? Level, string? Chair, IReadOnlyList<string>? Members, IReadOnlyList<string>? Substitutes,
    IReadOnlyList<string>? AdHoc, ScheduleFields? Schedule, CutoffFields? Cutoff, int? Capacity, AsyncApproval? AsyncApproval, IReadOnlyList<string>? Secretaries = null)
{
    public const int MaxWeeks = 52;
    public const int MaxCutoffDays = 60;
    public const int MaxCapacity = 500;
    public const int MaxPeople = 100;

    public IEnumerable<ProblemError> Validate()
    {
        foreach (var error in FieldRules.Text("/name", Name, 100)) yield return error;
        if (Kind is null) yield return ErrorMessages.Error("/kind", "field.required");
        if (string.IsNullOrWhiteSpace(Chair)) yield return ErrorMessages.Error("/chair", "field.required");
        if (AsyncApproval is null) yield return ErrorMessages.Error("/asyncApproval", "field.required");
        foreach (var error in Range("/capacity", Capacity, 1, MaxCapacity)) yield return error;
        foreach (var (path, people) in new[] { ("/members", Members), ("/substitutes", Substitutes), ("/adHoc", AdHoc), ("/secretaries", Secretaries) })
        {
            if (people?.Count > MaxPeople) yield return ErrorMessages.Error(path, "field.outOfRange", 0, MaxPeople);
            else
                foreach (var (name, i) in (people ?? []).Select((n, i) => (n, i)))
                    if (string.IsNullOrWhiteSpace(name)) yield return ErrorMessages.Error($"{path}/{i}", "field.required");
        }
        if (Schedule is null) yield return ErrorMessages.Error("/schedule", "field.required");
        else
        {
            foreach (var error in Range("/schedule/everyWeeks", Schedule.EveryWeeks, 1, MaxWeeks)) yield return error;
            if (Schedule.Weekday is null) yield return ErrorMessages.Error("/schedule/weekday", "field.required");
            if (!MeetingSchedule.TryParseTime(Schedule.Time, out _)) yield return ErrorMessages.Error("/schedule/time", "field.invalidFormat", MeetingSchedule.TimeFormat);
            if (Schedule.StartsOn is null) yield return ErrorMessages.Error("/schedule/startsOn", "field.required");
            else if (Schedule.StartsOn.Value.Year is < 2000 or > 2200) yield return ErrorMessages.Error("/schedule/startsOn", "field.outOfRange", 2000, 2200);
        }
        if (Cutoff is null) yield return ErrorMessages.Error("/cutoff", "field.required");
        else
        {
            foreach (var error in Range("/cutoff/daysBefore", Cutoff.DaysBefore, 0, MaxCutoffDays)) yield return error;
            if (!MeetingSchedule.TryParseTime(Cutoff.Time, out _)) yield return ErrorMessages.Error("/cutoff/time", "field.invalidFormat", MeetingSchedule.TimeFormat);
        }
    }

    private static IEnumerable<ProblemError> Range(string path, int? value, int min, int max)
    {
        if (value is null) yield return ErrorMessages.Error(path, "field.required");
        else if (value < min || value > max) yield return ErrorMessages.Error(path, "field.outOfRange", min, max);
    }
}
