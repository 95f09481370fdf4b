using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Visitation.Host.Features.Frister;
using Visitation.Host.Infrastructure.Persistence;
using Visitation.Workflows.Persistence;

namespace Visitation.Host.Features.Opfoelgning;

/// <summary>
/// Answers "which follow-up cadence applies to this case's measure": the case's own cadence, then the forum's
/// from the decision, then the municipality's rule for the measure type, the track (the flow that drives the
/// case) and the tovholder's team, and last the legal default (Barnets Lov § 95) as the municipality's deadline rules
/// for the first and the later follow-ups (<c>opfoelgning-foerste-3m</c>, <c>opfoelgning-loebende-6m</c>) set it,
/// in the versions in force on the day the help started: a local rule may only be stricter than the law.
/// </summary>
public sealed class KadenceResolver(VisitationDbContext db, WorkflowDbContext workflows)
{
    public const string Lov = "Lov";
    public const string Forum = "Forum";

    public async Task<ResolvedKadence> ResolveAsync(Guid kommuneId, Guid? sagId, string? indsatsType, string? forumKadence, DateOnly start,
        CancellationToken cancellationToken)
    {
        // Cross-caller: the follow-up activity reads the cadence during a step, also in the scheduler's scope, which has no caller; the municipality is named.
        var rules = await db.KadenceRegler.IgnoreQueryFilters().AsNoTracking().Where(r => r.KommuneId == kommuneId).ToListAsync(cancellationToken);
        // Cross-caller: the follow-up activity reads the cadence during a step, also in the scheduler's scope, which has no caller; the municipality is named.
        var sag = sagId is { } id ? await db.Sager.IgnoreQueryFilters().AsNoTracking().SingleOrDefaultAsync(s => s.KommuneId == kommuneId && s.Id == id, cancellationToken) : null;
        KadenceRegel? Rule(KadenceOmfang omfang, string? key) => key is null ? null : rules.FirstOrDefault(r => r.Omfang == omfang && r.Noegle == key);

        if (Rule(KadenceOmfang.Sag, sag?.Id.ToString()) is { } own)
            return new(Read(own), nameof(KadenceOmfang.Sag), own.Noegle, "Sagens egen kadence" + Reason(own));
        if (forumKadence is not null)
        {
            if (!KadenceRules.IsPeriod(forumKadence))
                throw new Workflows.Activities.WorkflowFaultException($"The forum's follow-up cadence '{forumKadence}' is not an ISO 8601 period such as P3M.");
            var period = IsoDuration.Parse(forumKadence).ToString();
            return new(Kadence.Hver(period), Forum, period, $"Forummets kadence fra afgørelsen: hver {period}");
        }
        if (Rule(KadenceOmfang.IndsatsType, indsatsType) is { } measure)
            return new(Read(measure), nameof(KadenceOmfang.IndsatsType), measure.Noegle, $"Kommunens regel for indsatstypen {measure.Noegle}" + Reason(measure));
        if (sag?.WorkflowInstanceId is { } instanceId && rules.Any(r => r.Omfang == KadenceOmfang.Spor))
        {
            var track = await workflows.Instances.AsNoTracking().Where(i => i.Id == instanceId).Select(i => i.DefinitionId).SingleOrDefaultAsync(cancellationToken);
            if (Rule(KadenceOmfang.Spor, track) is { } trackRule)
                return new(Read(trackRule), nameof(KadenceOmfang.Spor), trackRule.Noegle, $"Kommunens regel for sporet {trackRule.Noegle}" + Reason(trackRule));
        }
        if (sag is not null && rules.Any(r => r.Omfang == KadenceOmfang.Team))
        {
            var team = await db.Users.AsNoTracking().Where(u => u.Id == sag.TovholderId)
                // Cross-caller: the follow-up activity reads the cadence during a step, also in the scheduler's scope, which has no caller; the municipality is named.
                .Join(db.Teams.IgnoreQueryFilters(), u => u.TeamId, t => t.Id, (u, t) => t.Code).SingleOrDefaultAsync(cancellationToken);
            if (Rule(KadenceOmfang.Team, team) is { } teamRule)
                return new(Read(teamRule), nameof(KadenceOmfang.Team), teamRule.Noegle, $"Kommunens regel for teamet {teamRule.Noegle}" + Reason(teamRule));
        }
        return await LegalAsync(kommuneId, start, cancellationToken);
    }

    async Task<ResolvedKadence> LegalAsync(Guid kommuneId, DateOnly start, CancellationToken cancellationToken)
    {
        // Cross-caller: the follow-up activity reads the cadence during a step, also in the scheduler's scope, which has no caller; the municipality is named.
        var versions = await db.FristOverrides.IgnoreQueryFilters().AsNoTracking()
            .Where(o => o.KommuneId == kommuneId && (o.RuleId == FristRules.FoersteOpfoelgning.Id || o.RuleId == FristRules.LoebendeOpfoelgning.Id))
            .ToListAsync(cancellationToken);
        var foerste = FristResolver.Resolve(FristRules.FoersteOpfoelgning, versions, start);
        var loebende = FristResolver.Resolve(FristRules.LoebendeOpfoelgning, versions, start);
        if (foerste.Override is null && loebende.Override is null)
            return new(Kadence.Lovens, Lov, null,
                "Lovens standard (Barnets Lov § 95, tidligere SEL § 70): første opfølgning 3 måneder efter indsatsens start, derefter mindst hver 6. måned");
        var first = AsPeriod(foerste.Spec);
        var later = AsPeriod(loebende.Spec);
        return new(Kadence.Loven(first, later), Lov, null,
            $"Lovens standard (Barnets Lov § 95, tidligere SEL § 70) med kommunens frister: første opfølgning {first} efter indsatsens start ({Described(foerste)}), derefter mindst hver {later} ({Described(loebende)})");
    }

    /// <summary>
    /// A deadline as a calendar period a cadence can step by. Working days and hours become as many whole calendar
    /// days (at least one), which never falls due later than the rule itself.
    /// </summary>
    public static IsoDuration AsPeriod(FristSpec spec)
    {
        if (spec.WorkingDays is { } days) return new IsoDuration(0, 0, 0, days, 0, 0, 0);
        var d = spec.Duration!;
        if (d.HasCalendarPart) return d with { Hours = 0, Minutes = 0, Seconds = 0 };
        var whole = (int)Math.Max(1, (d.Hours * 3600L + d.Minutes * 60L + d.Seconds) / 86400);
        return new IsoDuration(0, 0, 0, whole, 0, 0, 0);
    }

    static string Described(ResolvedFrist frist) => frist.Override is null ? "lovens frist" : $"kommunens frist, version {frist.Version}";

    public static Kadence Read(KadenceRegel rule) => new(JsonSerializer.Deserialize<List<KadenceTrin>>(rule.TrinJson, JsonSerializerOptions.Web) ?? []);

    public static string Write(IEnumerable<KadenceTrin> steps) => JsonSerializer.Serialize(steps.ToList(), JsonSerializerOptions.Web);

    static string Reason(KadenceRegel rule) => rule.Begrundelse is { Length: > 0 } reason ? $" ({reason})" : "";
}
