using System.Text.Json;
using System.Text.Json.Nodes;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Visitation.Host.Features.Audit;
using Visitation.Host.Features.Kompetenceplaner;
using Visitation.Host.Features.Organisation;
using Visitation.Host.Features.Sager;
using Visitation.Host.Infrastructure.Errors;
using Visitation.Host.Infrastructure.Persistence;
using Visitation.Host.Infrastructure.Tenancy;
using Visitation.Host.Infrastructure.Workflows;

namespace Visitation.Host.Features.Indstillinger;

/// <summary>
/// Submits an indstilling for decision. The competence plan in force routes it; the gates the plan's row asks
/// for (and barnets plan before any anbringelse, Barnets Lov § 91) must be met, otherwise 422 names each
/// unmet gate's path. Within the submitter's own competence they decide it themselves, with no meeting; at a
/// leader level it waits for a holder of that level (or their substitute); at a forum it is parked for the
/// meeting queue. Submission signals the case's flow (<c>indstilling-indsendt</c>, correlated by the case id) in
/// the same transaction, with the candidates of the decision task the flow creates; a case whose flow does not
/// wait for an indstilling (the undersøgelse is not finished) is 409 and nothing changes.
/// </summary>
public static class SubmitIndstilling
{
    public sealed record Command(Guid SagId, Guid Id) : ICommand<SubmittedView>;

    public sealed class Handler(VisitationDbContext db, CurrentUser currentUser, AuditTrail audit, SagFlow flow, TimeProvider clock,
        Pligter.IDutyMessageSink dutySink)
        : ICommandHandler<Command, SubmittedView>
    {
        public async ValueTask<SubmittedView> Handle(Command command, CancellationToken cancellationToken) =>
            await SubmitAsync(command, cancellationToken);

        private async Task<SubmittedView> SubmitAsync(Command command, CancellationToken cancellationToken)
        {
            var indstilling = await db.Indstillinger.SingleOrDefaultAsync(i => i.Id == command.Id && i.SagId == command.SagId, cancellationToken)
                              ?? throw new ResourceNotFoundException("Indstillingen");
            if (indstilling.Status is not (IndstillingStatus.Kladde or IndstillingStatus.Tilbagesendt))
                throw new ConflictException(ErrorMessages.Error("", "indstilling.alreadySubmitted"));
            var kommuneId = currentUser.RequireKommuneId();
            var submitter = await db.Users.AsNoTracking().SingleAsync(u => u.Id == currentUser.UserId, cancellationToken);
            var team = submitter.TeamId is { } teamId ? await db.Teams.AsNoTracking().Where(t => t.Id == teamId).Select(t => t.Code).SingleOrDefaultAsync(cancellationToken) : null;

            var today = await PlanContext.TodayAsync(db, kommuneId, clock, cancellationToken);
            var stored = await PlanContext.InForceAsync(db, kommuneId, today, cancellationToken)
                         ?? throw new UnprocessableException([ErrorMessages.Error("", "indstilling.noPlan")]);
            var levels = await PlanContext.LevelsAsync(db, kommuneId, cancellationToken);
            var routing = KompetenceplanEvaluator.Evaluate(PlanStorage.Read(stored.Document), stored.Version, levels,
                              await MeasureWithAggregatesAsync(db, indstilling, cancellationToken),
                              new SubmitterProfile(submitter.UserName, team, submitter.IsExperienced, submitter.Kompetenceniveauer), today)
                          ?? throw new UnprocessableException([ErrorMessages.Error("/measure/type", "kompetenceplan.noRule", indstilling.IndsatsType)]);

            var unmet = UnmetGates(indstilling, routing).ToList();
            if (unmet.Count > 0) throw new UnprocessableException(unmet);

            var own = routing.Level.Kind != LevelKind.Forum && LevelHolders.Holds(submitter, routing.Level.Code, routing.Level.Kind);
            indstilling.Status = routing.Level.Kind == LevelKind.Forum ? IndstillingStatus.ParkeretTilMoede : IndstillingStatus.AfventerAfgoerelse;
            indstilling.EgenKompetence = own;
            indstilling.IndsendtAt = clock.GetUtcNow();
            indstilling.IndstilletAf = submitter.UserName;
            indstilling.IndstilletAfId = submitter.Id;
            indstilling.NiveauKode = routing.Level.Code;
            indstilling.NiveauNavn = routing.Level.Name;
            indstilling.NiveauType = LevelKindNames.Of(routing.Level.Kind);
            indstilling.RegelId = routing.RuleId;
            indstilling.PlanVersion = routing.PlanVersion;
            audit.Write(indstilling.KommuneId, indstilling.SagId, "indstilling.submit");
            var sag = await db.Sager.Include(s => s.Foraeldremyndighed).SingleAsync(s => s.Id == indstilling.SagId, cancellationToken);
            await Pligter.DecisionDuties.CreateAsync(db, dutySink, indstilling, routing, sag.Sagsnummer, indstilling.IndsendtAt.Value, cancellationToken);
            await db.SaveChangesAsync(cancellationToken);

            if (sag.WorkflowInstanceId is not null
                && !await flow.SignalAsync(sag, SagFlow.IndstillingIndsendtEvent, Signal(indstilling, routing.Level, own, Parts(sag, today)), cancellationToken))
                throw new ConflictException(ErrorMessages.Error("", "indstilling.flowNotReady"));
            return new SubmittedView(IndstillingView.From(indstilling), LevelKindNames.ToView(routing, own), routing.Notify);
        }

        /// <summary>Who decides: the submitter within their own competence, otherwise the level (the work list resolves its holders and substitutes).</summary>
        /// <summary>Who is heard before the decision (partshøring): the custody holders, and the child from the age of 10.</summary>
        private static JsonArray Parts(Sag sag, DateOnly today)
        {
            var parts = new JsonArray();
            foreach (var holder in sag.Foraeldremyndighed.OrderBy(m => m.Navn, StringComparer.Ordinal)) parts.Add(holder.Navn);
            if (sag.Foedselsdato is { } born && born.AddYears(10) <= today) parts.Add(sag.BarnNavn);
            return parts;
        }

        private static JsonObject Signal(Indstilling indstilling, LevelInfo level, bool own, JsonArray parts) => new()
        {
            ["parter"] = parts,
            ["indstillingId"] = indstilling.Id.ToString(),
            ["indsatsType"] = indstilling.IndsatsType,
            ["forum"] = level.Kind == LevelKind.Forum,
            ["niveau"] = level.Name,
            ["kandidater"] = own
                ? new JsonArray(new JsonObject { ["kind"] = "user", ["id"] = indstilling.IndstilletAf })
                : new JsonArray(new JsonObject { ["kind"] = LevelKindNames.Of(level.Kind), ["id"] = level.Code }),
        };

        /// <summary>The measure with the amounts already granted to the child and the family in its start year (for aggregate conditions).</summary>
        public static async Task<MeasureInput> MeasureWithAggregatesAsync(VisitationDbContext db, Indstilling i, CancellationToken cancellationToken)
        {
            var amounts = await AggregateAmounts.ForIndstillingAsync(db, i, cancellationToken);
            return Measure(i) with { ChildYearCost = amounts.Child, FamilyYearCost = amounts.Family };
        }

        /// <summary>The measure as routing sees it; replaying the plan on history uses the same reading.</summary>
        public static MeasureInput Measure(Indstilling i)
        {
            var months = i.ForventetSlut is { } end ? (decimal?)((end.Year - i.Start.Year) * 12 + end.Month - i.Start.Month + 1) : null;
            var total = i.UdgiftIAltOere / 100m;
            var annual = months is { } m && m > 0 ? decimal.Round(total / m * 12, 2) : total;
            return new MeasureInput(i.IndsatsType, i.IndsatsUndertype, i.Lovgrundlag, i.LeverandoerType, i.LeverandoerFinansiering,
                new QuantityInput(i.Omfang, i.Enhed), months, annual, total, i.Samtykke);
        }

        internal static IEnumerable<ProblemError> UnmetGates(Indstilling indstilling, Routing routing)
        {
            var evidence = JsonSerializer.Deserialize<GateEvidence>(indstilling.PorteJson, JsonSerializerOptions.Web)!;
            var gates = routing.Gates.ToHashSet();
            if (indstilling.IndsatsType == MeasureCatalogue.Anbringelse) gates.Add("barnets-plan");
            foreach (var gate in gates.Order())
            {
                var met = gate switch
                {
                    "barnets-plan" => evidence.BarnetsPlan,
                    "boernesamtale" => evidence.Boernesamtale,
                    "familieraadslagning" => evidence.Familieraadslagning || !string.IsNullOrWhiteSpace(evidence.FamilieraadslagningReason),
                    "netvaerkskort" => evidence.Netvaerkskort,
                    // Met by the approval the decision waits for (the row names who approves), not by a ticked box.
                    "ledelsesgodkendelse" => routing.Duties.Any(d => d.Kind == PlanDuty.ApproveBy),
                    _ => true,
                };
                if (!met) yield return ErrorMessages.Error(GatePath(gate), "indstilling.gateUnmet", gate);
            }
        }

        private static string GatePath(string gate) => gate switch
        {
            "barnets-plan" => "/gates/barnetsPlan",
            "familieraadslagning" => "/gates/familieraadslagning",
            _ => "/gates/" + gate,
        };
    }
}
