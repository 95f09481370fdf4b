using Mediator;
using Microsoft.EntityFrameworkCore;
using Visitation.Host.Features.Audit;
using Visitation.Host.Features.Frister;
using Visitation.Host.Features.Indstillinger;
using Visitation.Host.Features.Organisation;
using Visitation.Host.Infrastructure.Behaviors;
using Visitation.Host.Infrastructure.Errors;
using Visitation.Host.Infrastructure.Persistence;
using Visitation.Host.Infrastructure.Tenancy;

namespace Visitation.Host.Features.Kompetenceplaner;

/// <summary>
/// What-if on history: the municipality's indstillinger submitted in the last twelve months, routed again by the draft
/// as on its effective date (or today, if that has come) with each submitter as they are now. It reports how many go to
/// each level before (as they were routed) and after, each forum's items per meeting over its next twelve months of
/// meetings, and every case whose level changes. Nothing is saved; the cases listed are audited as read.
/// </summary>
public static class ReplayDraft
{
    public sealed record Command(PlanDocument? Plan) : ICommand<ReplayView>, IValidatable
    {
        public IEnumerable<ProblemError> Validate() =>
            Plan is null ? [ErrorMessages.Error("/plan", "field.required")] : PlanValidator.Validate(Plan).Select(e => e with { Path = "/plan" + e.Path });
    }

    public sealed record LevelCount(string LevelId, string Level, LevelKind LevelKind, int Before, int After);

    /// <summary><c>meetings</c> is the number of the forum's meetings in the next twelve months; null when no forum meets for the level.</summary>
    public sealed record ForumLoad(string LevelId, string Level, int? Meetings, decimal? ItemsPerMeetingBefore, decimal? ItemsPerMeetingAfter, int Added);

    public sealed record RoutedAs(string LevelId, string Level, string RuleId);

    /// <summary><c>caseNumber</c> names the case for a person; no child's name or CPR number is given.</summary>
    public sealed record ChangedCase(Guid SagId, string CaseNumber, Guid IndstillingId, DateTimeOffset SubmittedAt, string MeasureType, RoutedAs Before, RoutedAs After);

    public sealed record ReplayView(DateOnly From, DateOnly To, DateOnly DraftDay, int Total, IReadOnlyList<LevelCount> Levels,
        IReadOnlyList<ForumLoad> Forums, IReadOnlyList<ChangedCase> Changed);

    public sealed class Handler(VisitationDbContext db, CurrentUser currentUser, TimeProvider clock, DanishCalendar calendar, AuditTrail audit)
        : ICommandHandler<Command, ReplayView>
    {
        public async ValueTask<ReplayView> Handle(Command command, CancellationToken cancellationToken)
        {
            var kommuneId = currentUser.RequireKommuneId();
            var plan = command.Plan!;
            var today = await PlanContext.TodayAsync(db, kommuneId, clock, cancellationToken);
            var from = today.AddMonths(-12).AddDays(1);
            var draftDay = plan.EffectiveFrom is { } effective && effective > today ? effective : today;
            var levels = await PlanContext.LevelsAsync(db, kommuneId, cancellationToken);
            var draftVersion = (await db.Kompetenceplaner.Where(p => p.KommuneId == kommuneId).MaxAsync(p => (int?)p.Version, cancellationToken) ?? 0) + 1;

            // Submission instants are compared in memory: SQLite cannot compare DateTimeOffset in a query (D13).
            var submitted = (await db.Indstillinger.AsNoTracking()
                    .Where(i => i.KommuneId == kommuneId && i.IndsendtAt != null && i.NiveauKode != null)
                    .ToListAsync(cancellationToken))
                .Where(i => DateOnly.FromDateTime(i.IndsendtAt!.Value.UtcDateTime) >= from)
                .OrderBy(i => i.IndsendtAt)
                .ToList();
            var submitters = await Submitters(submitted.Select(i => i.IndstilletAfId).Distinct().ToList(), cancellationToken);

            var before = new Dictionary<string, int>();
            var after = new Dictionary<string, int>();
            var names = levels.ToDictionary(l => l.Code);
            var changed = new List<ChangedCase>();
            foreach (var indstilling in submitted)
            {
                var routing = KompetenceplanEvaluator.Evaluate(plan, draftVersion, levels, SubmitIndstilling.Handler.Measure(indstilling),
                    submitters.GetValueOrDefault(indstilling.IndstilletAfId), draftDay);
                var old = new RoutedAs(indstilling.NiveauKode!, indstilling.NiveauNavn ?? indstilling.NiveauKode!, indstilling.RegelId ?? "");
                before[old.LevelId] = before.GetValueOrDefault(old.LevelId) + 1;
                if (!names.ContainsKey(old.LevelId))
                    names[old.LevelId] = new LevelInfo(old.LevelId, old.Level, indstilling.NiveauType == "forum" ? LevelKind.Forum : LevelKind.Level);
                if (routing is null) continue; // a type the draft does not cover: a finding the editor shows
                after[routing.Level.Code] = after.GetValueOrDefault(routing.Level.Code) + 1;
                names.TryAdd(routing.Level.Code, routing.Level);
                if (routing.Level.Code != old.LevelId)
                    changed.Add(new ChangedCase(indstilling.SagId, "", indstilling.Id, indstilling.IndsendtAt!.Value, indstilling.IndsatsType, old,
                        new RoutedAs(routing.Level.Code, routing.Level.Name, routing.RuleId)));
            }

            var counts = before.Keys.Union(after.Keys)
                .Select(code => new LevelCount(code, names[code].Name, names[code].Kind, before.GetValueOrDefault(code), after.GetValueOrDefault(code)))
                .OrderByDescending(c => c.After).ThenBy(c => c.Level, StringComparer.Ordinal)
                .ToList();
            var forums = await ForumLoads(kommuneId, counts.Where(c => c.LevelKind == LevelKind.Forum).ToList(), today, cancellationToken);
            var sagIds = changed.Select(c => c.SagId).Distinct().ToList();
            var numbers = await db.Sager.AsNoTracking().Where(s => sagIds.Contains(s.Id)).ToDictionaryAsync(s => s.Id, s => s.Sagsnummer, cancellationToken);
            changed = changed.Select(c => c with { CaseNumber = numbers.GetValueOrDefault(c.SagId, "") }).ToList();
            if (changed.Count > 0) await audit.ReadAsync(kommuneId, changed.Select(c => c.SagId).Distinct(), "kompetenceplan.replay", cancellationToken);
            return new ReplayView(from, today, draftDay, submitted.Count, counts, forums, changed);
        }

        private async Task<Dictionary<Guid, SubmitterProfile>> Submitters(List<Guid> ids, CancellationToken cancellationToken)
        {
            var users = await db.Users.AsNoTracking().Where(u => ids.Contains(u.Id)).ToListAsync(cancellationToken);
            var teamIds = users.Where(u => u.TeamId != null).Select(u => u.TeamId!.Value).Distinct().ToList();
            var teams = await db.Teams.AsNoTracking().Where(t => teamIds.Contains(t.Id)).ToDictionaryAsync(t => t.Id, t => t.Code, cancellationToken);
            return users.ToDictionary(u => u.Id,
                u => new SubmitterProfile(u.UserName, u.TeamId is { } team ? teams.GetValueOrDefault(team) : null, u.IsExperienced, u.Kompetenceniveauer));
        }

        /// <summary>A year's items spread over the meetings the level's forums hold in the next twelve months.</summary>
        private async Task<List<ForumLoad>> ForumLoads(Guid kommuneId, List<LevelCount> forumLevels, DateOnly today, CancellationToken cancellationToken)
        {
            var zoneId = await db.Kommuner.AsNoTracking().Where(k => k.Id == kommuneId).Select(k => k.TimeZone).SingleAsync(cancellationToken);
            var zone = TimeZoneInfo.FindSystemTimeZoneById(zoneId);
            var forums = await db.Forums.AsNoTracking().Where(f => f.KommuneId == kommuneId && f.LevelCode != null).ToListAsync(cancellationToken);
            var loads = new List<ForumLoad>();
            foreach (var level in forumLevels)
            {
                var meetings = forums.Where(f => f.LevelCode == level.LevelId)
                    .Sum(f => f.Schedule.Between(today, today.AddMonths(12).AddDays(-1), zone, calendar).Count());
                loads.Add(meetings == 0
                    ? new ForumLoad(level.LevelId, level.Level, null, null, null, level.After - level.Before)
                    : new ForumLoad(level.LevelId, level.Level, meetings, decimal.Round((decimal)level.Before / meetings, 2),
                        decimal.Round((decimal)level.After / meetings, 2), level.After - level.Before));
            }
            return loads;
        }
    }
}
