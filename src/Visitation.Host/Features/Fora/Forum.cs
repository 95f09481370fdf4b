using Visitation.Host.Features.Moeder;
using Visitation.Host.Infrastructure.Tenancy;

namespace Visitation.Host.Features.Fora;

/// <summary>
/// A forum of one municipality that decides indstillinger at meetings (visitationsudvalg, sagskonference,
/// ledergruppens bevillingsmøde). Its people are users of the municipality; its meetings follow its schedule in the
/// municipality's time zone.
/// </summary>
public sealed class Forum : ITenantScoped
{
    public Guid Id { get; set; }

    public Guid KommuneId { get; set; }

    public required string Name { get; set; }

    public ForumKind Kind { get; set; }

    /// <summary>The code of the competence level (of kind forum) whose indstillinger this forum decides, if any.</summary>
    public string? LevelCode { get; set; }

    public Guid ChairId { get; set; }

    public List<Guid> MemberIds { get; set; } = [];

    public List<Guid> SubstituteIds { get; set; } = [];

    public List<Guid> AdHocIds { get; set; } = [];

    /// <summary>The meeting secretaries (mødesekretærer): they keep the agenda, the attendance and the meeting's opening and closing, and decide nothing.</summary>
    public List<Guid> SecretaryIds { get; set; } = [];

    public int EveryWeeks { get; set; } = 1;

    public DayOfWeek Weekday { get; set; }

    /// <summary>Local clock time at which meetings start.</summary>
    public TimeOnly StartTime { get; set; }

    /// <summary>The local date from which the schedule runs; with <see cref="EveryWeeks"/> it fixes which weeks have a meeting.</summary>
    public DateOnly StartsOn { get; set; }

    public int CutoffDaysBefore { get; set; }

    public TimeOnly CutoffTime { get; set; }

    /// <summary>How many items one meeting takes.</summary>
    public int Capacity { get; set; }

    public AsyncApproval AsyncApproval { get; set; }

    public MeetingSchedule Schedule => new(EveryWeeks, Weekday, StartTime, StartsOn, CutoffDaysBefore, CutoffTime);
}
