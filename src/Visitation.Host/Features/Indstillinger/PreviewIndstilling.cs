using Mediator;
using Microsoft.EntityFrameworkCore;
using Visitation.Host.Features.Frister;
using Visitation.Host.Features.Kompetenceplaner;
using Visitation.Host.Features.Moeder;
using Visitation.Host.Features.Oekonomi;
using Visitation.Host.Features.Organisation;
using Visitation.Host.Infrastructure.Errors;
using Visitation.Host.Infrastructure.Persistence;
using Visitation.Host.Infrastructure.Tenancy;

namespace Visitation.Host.Features.Indstillinger;

/// <summary>The expected cost by the cost rule: a full month, this calendar year, a year's worth (as routing reads it) and in total.</summary>
public sealed record CostPreviewView(decimal Monthly, decimal ThisYear, decimal Annual, decimal Total, decimal? DurationMonths, bool OpenEnded);

/// <summary>Who would decide the indstilling as it stands, why, and which gates and copies apply; <c>UnmetGates</c> are those not yet met.</summary>
public sealed record RoutingPreviewView(string Level, string LevelId, string LevelKind, string RuleId, int PlanVersion, bool OwnCompetence,
    Explanation Explanation, IReadOnlyList<string> Gates, IReadOnlyList<string> Notify, IReadOnlyList<ProblemError> UnmetGates);

/// <summary>The forum's meeting an indstilling submitted now would go on.</summary>
public sealed record MeetingPreviewView(Guid ForumId, string Forum, DateOnly Date, DateTimeOffset StartsAt, DateTimeOffset CutoffAt, int FullMeetingsSkipped);

/// <summary>
/// The indstilling panel's live answer: cost, routing and meeting as submission would find them now. Each part is null
/// while the input lacks what it needs; <c>Missing</c> says what.
/// </summary>
public sealed record IndstillingPreviewView(CostPreviewView? Cost, RoutingPreviewView? Routing, MeetingPreviewView? Meeting, IReadOnlyList<ProblemError> Missing);

/// <summary>
/// Previews an indstilling while it is typed, with the same cost rule, competence plan and meeting rule that saving and
/// submitting use, so the browser computes neither money nor routing. Nothing is stored; reading it is not a case read.
/// </summary>
public static class PreviewIndstilling
{
    public sealed record Query(Guid SagId, IndstillingInput Input) : IQuery<IndstillingPreviewView>;

    public sealed class Handler(VisitationDbContext db, CurrentUser currentUser, TimeProvider clock, DanishCalendar calendar)
        : IQueryHandler<Query, IndstillingPreviewView>
    {
        public async ValueTask<IndstillingPreviewView> Handle(Query query, CancellationToken cancellationToken)
        {
            if (!await db.Sager.AnyAsync(s => s.Id == query.SagId, cancellationToken)) throw new ResourceNotFoundException("Sagen");
            var input = query.Input;
            var kommuneId = currentUser.RequireKommuneId();
            var today = await PlanContext.TodayAsync(db, kommuneId, clock, cancellationToken);
            var missing = input.Validate().Where(e => e.Path.StartsWith("/measure") || e.Path.StartsWith("/scope") || e.Path is "/start" or "/expectedEnd").ToList();
            if (input.Measure?.Type is null || !MeasureCatalogue.MeasureTypes.Contains(input.Measure.Type))
                return new IndstillingPreviewView(null, null, null, missing);

            CostPreviewView? cost = null;
            var indstilling = new Indstilling
            {
                Behov = "", IndsatsType = input.Measure.Type, IndsatsUndertype = input.Measure.Subtype, Lovgrundlag = input.Measure.LegalBasis ?? "",
                LeverandoerType = input.Measure.ProviderKind, LeverandoerFinansiering = input.Measure.ProviderFinancing, Omfang = input.Scope?.Quantity ?? 0,
                Enhed = input.Scope?.Unit ?? "", Start = input.Start ?? today, ForventetSlut = input.ExpectedEnd, MaalJson = "[]", Opfoelgning = "",
                Samtykke = input.Consent, PorteJson = input.GatesJson(), IndstilletAf = currentUser.Actor, KommuneId = kommuneId, SagId = query.SagId,
            };
            var costKnown = !missing.Any(e => e.Path.StartsWith("/scope") || e.Path is "/start" or "/expectedEnd");
            if (costKnown)
            {
                var (thisYear, total) = input.Costs(today.Year);
                indstilling.UdgiftIAltOere = (long)(total * 100);
                indstilling.EnhedsprisOere = (long)decimal.Round(input.Scope!.UnitPrice!.Value * 100m);
                var measure = SubmitIndstilling.Handler.Measure(indstilling);
                var start = input.Start!.Value;
                var firstFull = start.Day == 1 ? start : new DateOnly(start.Year, start.Month, 1).AddMonths(1);
                var month = CostRule.Project(new CostScope(input.Scope!.Quantity!.Value, input.Scope.Unit!, input.Scope.UnitPrice!.Value, firstFull, null),
                    firstFull.AddMonths(1).AddDays(-1));
                cost = new CostPreviewView(month.Total, thisYear, measure.AnnualCost ?? total, total, measure.DurationMonths, input.ExpectedEnd is null);
            }

            var submitter = await db.Users.AsNoTracking().SingleAsync(u => u.Id == currentUser.UserId, cancellationToken);
            var team = submitter.TeamId is { } teamId ? await db.Teams.AsNoTracking().Where(t => t.Id == teamId).Select(t => t.Code).SingleOrDefaultAsync(cancellationToken) : null;
            var stored = await PlanContext.InForceAsync(db, kommuneId, today, cancellationToken);
            if (stored is null) return new IndstillingPreviewView(cost, null, null, [.. missing, ErrorMessages.Error("", "indstilling.noPlan")]);
            var levels = await PlanContext.LevelsAsync(db, kommuneId, cancellationToken);
            var routed = costKnown ? await SubmitIndstilling.Handler.MeasureWithAggregatesAsync(db, indstilling, cancellationToken) : SubmitIndstilling.Handler.Measure(indstilling);
            var routing = KompetenceplanEvaluator.Evaluate(PlanStorage.Read(stored.Document), stored.Version, levels, routed,
                new SubmitterProfile(submitter.UserName, team, submitter.IsExperienced, submitter.Kompetenceniveauer), today);
            if (routing is null)
                return new IndstillingPreviewView(cost, null, null, [.. missing, ErrorMessages.Error("/measure/type", "kompetenceplan.noRule", input.Measure.Type)]);
            var own = routing.Level.Kind != LevelKind.Forum && LevelHolders.Holds(submitter, routing.Level.Code, routing.Level.Kind);
            var view = new RoutingPreviewView(routing.Level.Name, routing.Level.Code, LevelKindNames.Of(routing.Level.Kind), routing.RuleId, routing.PlanVersion,
                own, routing.Explanation, routing.Gates, routing.Notify, [.. SubmitIndstilling.Handler.UnmetGates(indstilling, routing)]);

            MeetingPreviewView? meeting = null;
            if (routing.Level.Kind == LevelKind.Forum)
            {
                var forum = await AgendaPlacement.ForumForLevelAsync(db, kommuneId, routing.Level.Code, cancellationToken);
                var zone = await AgendaPlacement.TimeZoneAsync(db, kommuneId, cancellationToken);
                var now = clock.GetUtcNow();
                var items = await new ForumMeetings(db).ItemsFromAsync(forum.Id, now, cancellationToken);
                var slot = NextMeetingRule.Find(forum.Schedule, forum.Capacity, now, zone, calendar, s => ForumMeetings.ItemsOn(items, s));
                if (slot is not null)
                    meeting = new MeetingPreviewView(forum.Id, forum.Name, slot.Meeting.Date, slot.Meeting.StartsAt, slot.Meeting.CutoffAt, slot.FullMeetingsSkipped);
            }
            return new IndstillingPreviewView(cost, view, meeting, missing);
        }
    }
}
