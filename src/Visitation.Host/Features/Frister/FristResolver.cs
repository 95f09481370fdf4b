using Microsoft.EntityFrameworkCore;
using Visitation.Host.Infrastructure.Errors;
using Visitation.Host.Infrastructure.Persistence;

namespace Visitation.Host.Features.Frister;

/// <summary>The deadline that applies to a municipality for a rule at an instant: the legal default or the local version in force.</summary>
public sealed record ResolvedFrist(FristRule Rule, FristSpec Spec, int Version, FristOverride? Override);

/// <summary>
/// Answers "which deadline applies to this municipality for rule X at instant T, and when does it fall due
/// from this start", for the API and for the activities that create tasks with a due date.
/// </summary>
public sealed class FristResolver(VisitationDbContext db, DanishCalendar calendar)
{
    /// <summary>How far ahead of an override's effective date <see cref="IsNoLaterThan"/> compares start dates.</summary>
    public const int StrictnessCheckYears = 4;

    public DanishCalendar Calendar => calendar;

    public async Task<TimeZoneInfo> TimeZoneOfAsync(Guid kommuneId, CancellationToken cancellationToken)
    {
        var zone = await db.Kommuner.AsNoTracking().Where(k => k.Id == kommuneId).Select(k => k.TimeZone).SingleAsync(cancellationToken);
        return TimeZoneInfo.FindSystemTimeZoneById(zone);
    }

    /// <summary>Every local version of <paramref name="ruleId"/> for the municipality, oldest first.</summary>
    public Task<List<FristOverride>> VersionsAsync(Guid kommuneId, string? ruleId, CancellationToken cancellationToken) =>
        // Cross-caller: the flow's deadline activities ask for this during a step, also in the scheduler's scope, which has no caller; the municipality is named.
        db.FristOverrides.IgnoreQueryFilters().AsNoTracking()
            .Where(o => o.KommuneId == kommuneId && (ruleId == null || o.RuleId == ruleId))
            .OrderBy(o => o.RuleId).ThenBy(o => o.Version)
            .ToListAsync(cancellationToken);

    public async Task<ResolvedFrist> ResolveAsync(Guid kommuneId, string ruleId, DateTimeOffset at, CancellationToken cancellationToken) =>
        (await ResolveInZoneAsync(kommuneId, ruleId, at, cancellationToken)).Frist;

    /// <summary>When the deadline started at <paramref name="start"/> falls due (UTC), by the version in force at <paramref name="start"/>.</summary>
    public async Task<(ResolvedFrist Frist, DateTimeOffset DueAt)> DueAtAsync(Guid kommuneId, string ruleId, DateTimeOffset start, CancellationToken cancellationToken)
    {
        var (frist, zone) = await ResolveInZoneAsync(kommuneId, ruleId, start, cancellationToken);
        return (frist, frist.Spec.DueAt(start, zone, calendar).ToUniversalTime());
    }

    private async Task<(ResolvedFrist Frist, TimeZoneInfo Zone)> ResolveInZoneAsync(Guid kommuneId, string ruleId, DateTimeOffset at, CancellationToken cancellationToken)
    {
        var rule = FristRules.Find(ruleId) ?? throw new ResourceNotFoundException("Fristreglen");
        var zone = await TimeZoneOfAsync(kommuneId, cancellationToken);
        return (Resolve(rule, await VersionsAsync(kommuneId, ruleId, cancellationToken), ZonedTime.LocalDate(at, zone)), zone);
    }

    public static ResolvedFrist Resolve(FristRule rule, IEnumerable<FristOverride> versions, DateOnly localDate)
    {
        var inForce = versions
            .Where(v => v.RuleId == rule.Id && v.EffectiveFrom <= localDate)
            .OrderByDescending(v => v.EffectiveFrom).ThenByDescending(v => v.Version)
            .FirstOrDefault();
        return inForce is null ? new(rule, rule.Default, 0, null) : new(rule, inForce.Spec, inForce.Version, inForce);
    }

    /// <summary>
    /// True when <paramref name="candidate"/> falls due no later than <paramref name="legal"/> for every start
    /// at local midnight and noon on each day of the <see cref="StrictnessCheckYears"/> years from
    /// <paramref name="from"/>. That covers every weekday, month length, leap day, Easter position and
    /// daylight-saving change the two can meet, also when one counts working days and the other a period.
    /// </summary>
    public static bool IsNoLaterThan(FristSpec candidate, FristSpec legal, DateOnly from, TimeZoneInfo zone, DanishCalendar calendar)
    {
        var end = from.AddYears(StrictnessCheckYears);
        for (var day = from; day < end; day = day.AddDays(1))
        {
            foreach (var time in (ReadOnlySpan<TimeOnly>)[new TimeOnly(0, 0), new TimeOnly(12, 0)])
            {
                var start = ZonedTime.FromLocal(day.ToDateTime(time), zone);
                if (candidate.DueAt(start, zone, calendar) > legal.DueAt(start, zone, calendar)) return false;
            }
        }
        return true;
    }
}
