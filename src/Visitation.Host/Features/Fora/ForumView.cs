using Visitation.Host.Features.Moeder;

namespace Visitation.Host.Features.Fora;

/// <summary>Meetings every <c>everyWeeks</c> weeks on <c>weekday</c> at <c>time</c> (local, HH:mm) from the local date <c>startsOn</c>.</summary>
public sealed record ScheduleView(int EveryWeeks, DayOfWeek Weekday, string Time, DateOnly StartsOn);

/// <summary>Items must be submitted by <c>time</c> (local, HH:mm) <c>daysBefore</c> days before the meeting.</summary>
public sealed record CutoffView(int DaysBefore, string Time);

/// <summary>A forum; people are given by user name. <c>secretaries</c> keep its meetings' paperwork and decide nothing.</summary>
public sealed record ForumView(Guid Id, string Name, ForumKind Kind, string? Level, string Chair, IReadOnlyList<string> Members,
    IReadOnlyList<string> Substitutes, IReadOnlyList<string> AdHoc, ScheduleView Schedule, CutoffView Cutoff, int Capacity, AsyncApproval AsyncApproval,
    IReadOnlyList<string> Secretaries)
{
    public static ForumView From(Forum forum, IReadOnlyDictionary<Guid, string> userNames)
    {
        string Name(Guid id) => userNames.GetValueOrDefault(id) ?? id.ToString();
        return new ForumView(forum.Id, forum.Name, forum.Kind, forum.LevelCode, Name(forum.ChairId),
            forum.MemberIds.Select(Name).ToList(), forum.SubstituteIds.Select(Name).ToList(), forum.AdHocIds.Select(Name).ToList(),
            new ScheduleView(forum.EveryWeeks, forum.Weekday, MeetingSchedule.FormatTime(forum.StartTime), forum.StartsOn),
            new CutoffView(forum.CutoffDaysBefore, MeetingSchedule.FormatTime(forum.CutoffTime)), forum.Capacity, forum.AsyncApproval,
            forum.SecretaryIds.Select(Name).ToList());
    }

    /// <summary>Everyone named on the forum, secretaries included: they may read its agendas and minutes.</summary>
    public static IEnumerable<Guid> People(Forum forum) =>
        forum.MemberIds.Concat(forum.SubstituteIds).Concat(forum.AdHocIds).Concat(forum.SecretaryIds).Append(forum.ChairId);
}
