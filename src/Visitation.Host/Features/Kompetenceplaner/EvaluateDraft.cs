using Mediator;
using Microsoft.EntityFrameworkCore;
using Visitation.Host.Infrastructure.Behaviors;
using Visitation.Host.Infrastructure.Errors;
using Visitation.Host.Infrastructure.Persistence;
using Visitation.Host.Infrastructure.Tenancy;

namespace Visitation.Host.Features.Kompetenceplaner;

/// <summary>
/// A plan being edited, checked and tried without saving it: every finding that saving would refuse it for (field
/// errors and coverage: gaps, overlaps, missing defaults, unknown levels), and for each example case who decides under
/// the draft and under the version in force today, side by side. The draft answers as it will on its effective date
/// (or today, if that has come), so a change that takes effect later already shows its answer. Given a <c>date</c>, both
/// answer as on that day: the draft if its effective date has come by then (else the plan in force then answers alone).
/// </summary>
public static class EvaluateDraft
{
    public const int MaxCases = 50;

    public sealed record ExampleCase(SimulateRouting.MeasureRequest? Measure, string? Submitter);

    public sealed record Command(PlanDocument? Plan, IReadOnlyList<ExampleCase>? Cases, DateOnly? Date = null) : ICommand<DraftEvaluation>, IValidatable
    {
        public IEnumerable<ProblemError> Validate()
        {
            if (Plan is null) yield return ErrorMessages.Error("/plan", "field.required");
            if (Cases is null) yield break;
            if (Cases.Count > MaxCases) yield return ErrorMessages.Error("/cases", "field.outOfRange", 0, MaxCases);
            for (var i = 0; i < Cases.Count; i++)
                foreach (var error in SimulateRouting.ValidateMeasure($"/cases/{i}/measure", Cases[i]?.Measure)) yield return error;
        }
    }

    /// <summary>
    /// <c>findings</c> are located in the plan (<c>/rules/3/level</c>); empty means the draft can be saved. The draft is
    /// answered only when its fields are valid; <c>draftVersion</c> is the number it would get.
    /// </summary>
    public sealed record DraftEvaluation(IReadOnlyList<ProblemError> Findings, int DraftVersion, DateOnly DraftDay, int? InForceVersion,
        IReadOnlyList<CaseAnswer> Cases);

    /// <summary>One example case: who decides under the draft and under the plan in force; <c>changed</c> when the level, copies or gates differ.</summary>
    public sealed record CaseAnswer(SimulateRouting.Answer? Draft, SimulateRouting.Answer? InForce, bool Changed, ProblemError? Error);

    public sealed class Handler(VisitationDbContext db, CurrentUser currentUser, TimeProvider clock) : ICommandHandler<Command, DraftEvaluation>
    {
        public async ValueTask<DraftEvaluation> Handle(Command command, CancellationToken cancellationToken)
        {
            var kommuneId = currentUser.RequireKommuneId();
            var plan = command.Plan!;
            var levels = await PlanContext.LevelsAsync(db, kommuneId, cancellationToken);
            var teams = (await db.Teams.AsNoTracking().Where(t => t.KommuneId == kommuneId).Select(t => t.Code).ToListAsync(cancellationToken)).ToHashSet();
            var levelCodes = levels.Select(l => l.Code).Append(Organisation.Kompetenceniveau.BoerneOgUngeudvalget).ToHashSet();

            var findings = PlanValidator.Validate(plan).ToList();
            var wellFormed = findings.Count == 0;
            if (wellFormed) findings.AddRange(PlanCoverage.Check(plan, levelCodes, teams));

            var today = command.Date ?? await PlanContext.TodayAsync(db, kommuneId, clock, cancellationToken);
            var draftDay = command.Date is { } asked ? asked : plan.EffectiveFrom is { } from && from > today ? from : today;
            var draftApplies = command.Date is null || plan.EffectiveFrom is not { } effective || effective <= command.Date;
            var stored = await PlanContext.InForceAsync(db, kommuneId, today, cancellationToken);
            var inForce = stored is null ? null : PlanStorage.Read(stored.Document);
            var draftVersion = (await db.Kompetenceplaner.Where(p => p.KommuneId == kommuneId).MaxAsync(p => (int?)p.Version, cancellationToken) ?? 0) + 1;

            var answers = new List<CaseAnswer>();
            var cases = command.Cases ?? [];
            for (var i = 0; i < cases.Count; i++)
            {
                SubmitterProfile? submitter;
                try
                {
                    submitter = await SimulateRouting.SubmitterAsync(db, kommuneId, cases[i].Submitter, cancellationToken);
                }
                catch (ResourceNotFoundException)
                {
                    answers.Add(new CaseAnswer(null, null, false, ErrorMessages.Error($"/cases/{i}/submitter", "resource.notFound", "Indstilleren")));
                    continue;
                }
                var measure = SimulateRouting.ToInput(cases[i].Measure!);
                var draft = wellFormed && draftApplies ? KompetenceplanEvaluator.Evaluate(plan, draftVersion, levels, measure, submitter, draftDay) : null;
                var current = inForce is null ? null : KompetenceplanEvaluator.Evaluate(inForce, stored!.Version, levels, measure, submitter, today);
                answers.Add(new CaseAnswer(draft is null ? null : SimulateRouting.Answer.From(draft, draftDay),
                    current is null ? null : SimulateRouting.Answer.From(current, today),
                    Differs(draft, current), null));
            }
            return new DraftEvaluation(findings, draftVersion, draftDay, stored?.Version, answers);
        }

        private static bool Differs(Routing? draft, Routing? current) =>
            draft is not null && current is not null
            && (draft.Level.Code != current.Level.Code || !draft.Notify.Order().SequenceEqual(current.Notify.Order())
                || !draft.Gates.Order().SequenceEqual(current.Gates.Order())
                || !draft.Duties.Select(d => (d.Kind, d.Level.Code, d.Waits)).Order().SequenceEqual(current.Duties.Select(d => (d.Kind, d.Level.Code, d.Waits)).Order()));
    }
}
