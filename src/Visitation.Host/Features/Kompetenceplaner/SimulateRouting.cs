using Mediator;
using Microsoft.EntityFrameworkCore;
using Visitation.Host.Features.Organisation;
using Visitation.Host.Infrastructure.Behaviors;
using Visitation.Host.Infrastructure.Errors;
using Visitation.Host.Infrastructure.Persistence;
using Visitation.Host.Infrastructure.Tenancy;

namespace Visitation.Host.Features.Kompetenceplaner;

/// <summary>
/// Which level would decide an indstilling on a day (today unless <c>date</c> is given), and why, under the plan version
/// in force on that day and the re-centralisations active then; the explanation names the duties and gates too. The indstilling uses the
/// same evaluator. <c>municipality</c>, when given, must be the caller's own (else 404); <c>submitter</c> is a user
/// name of the caller's municipality whose team, experience and levels the plan's conditions may use.
/// </summary>
public static class SimulateRouting
{
    public sealed record MeasureRequest(string? Type, string? Subtype, string? LegalBasis, string? ProviderKind, string? ProviderFinancing,
        QuantityInput? Quantity, decimal? DurationMonths, decimal? AnnualCost, decimal? TotalCost, bool? Consent,
        decimal? ChildYearCost = null, decimal? FamilyYearCost = null);

    /// <summary><c>date</c>: the day (in the municipality's calendar) to answer for; today when missing.</summary>
    public sealed record Command(string? Municipality, MeasureRequest? Measure, string? Submitter, DateOnly? Date = null) : ICommand<Answer>, IValidatable
    {
        public IEnumerable<ProblemError> Validate() => ValidateMeasure("/measure", Measure);
    }

    /// <summary>The checks on a measure to route, at <paramref name="path"/>; the draft evaluation uses them for each example case.</summary>
    public static IEnumerable<ProblemError> ValidateMeasure(string path, MeasureRequest? measure)
    {
        if (measure is null)
        {
            yield return ErrorMessages.Error(path, "field.required");
            yield break;
        }
        foreach (var error in FieldRules.OneOf($"{path}/type", measure.Type, MeasureCatalogue.MeasureTypes)) yield return error;
        if (measure.Subtype is not null && !MeasureCatalogue.IsCode(measure.Subtype))
            yield return ErrorMessages.Error($"{path}/subtype", "organisation.invalidCode");
        foreach (var error in FieldRules.Text($"{path}/legalBasis", measure.LegalBasis, 50, required: false)) yield return error;
        if (measure.ProviderKind is not null)
            foreach (var error in FieldRules.OneOf($"{path}/providerKind", measure.ProviderKind, MeasureCatalogue.ProviderKinds)) yield return error;
        if (measure.ProviderFinancing is not null)
            foreach (var error in FieldRules.OneOf($"{path}/providerFinancing", measure.ProviderFinancing, MeasureCatalogue.ProviderFinancings))
                yield return error;
        if (measure.Quantity is { } quantity)
        {
            if (quantity.Value is null) yield return ErrorMessages.Error($"{path}/quantity/value", "field.required");
            foreach (var error in FieldRules.OneOf($"{path}/quantity/unit", quantity.Unit, MeasureCatalogue.Units)) yield return error;
        }
        foreach (var error in PlanValidator.Money($"{path}/annualCost", measure.AnnualCost)) yield return error;
        foreach (var error in PlanValidator.Money($"{path}/totalCost", measure.TotalCost)) yield return error;
        foreach (var error in PlanValidator.Money($"{path}/childYearCost", measure.ChildYearCost)) yield return error;
        foreach (var error in PlanValidator.Money($"{path}/familyYearCost", measure.FamilyYearCost)) yield return error;
    }

    public static MeasureInput ToInput(MeasureRequest m) =>
        new(m.Type!, m.Subtype, m.LegalBasis, m.ProviderKind, m.ProviderFinancing, m.Quantity, m.DurationMonths, m.AnnualCost, m.TotalCost, m.Consent,
            m.ChildYearCost, m.FamilyYearCost);

    /// <summary>The named user of the caller's municipality as the plan's conditions see them; 404 when there is no such user there.</summary>
    public static async Task<SubmitterProfile?> SubmitterAsync(VisitationDbContext db, Guid kommuneId, string? username, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(username)) return null;
        var name = username.Trim().ToLowerInvariant();
        var user = await db.Users.AsNoTracking().SingleOrDefaultAsync(u => u.UserName == name && u.KommuneId == kommuneId, cancellationToken)
            ?? throw new ResourceNotFoundException("Indstilleren");
        var team = user.TeamId is { } teamId ? await db.Teams.AsNoTracking().Where(t => t.Id == teamId).Select(t => t.Code).SingleOrDefaultAsync(cancellationToken) : null;
        return new SubmitterProfile(user.UserName, team, user.IsExperienced, user.Kompetenceniveauer);
    }

    /// <summary><c>level</c> is the configured Danish name, <c>levelId</c> its ASCII id; <c>day</c> the day answered for.</summary>
    public sealed record Answer(string Level, string LevelId, LevelKind LevelKind, string RuleId, int PlanVersion, IReadOnlyList<string> Notify,
        IReadOnlyList<string> Gates, Explanation Explanation, IReadOnlyList<DutyAnswer> Duties, DateOnly? Day)
    {
        public static Answer From(Routing routing, DateOnly? day = null) => new(routing.Level.Name, routing.Level.Code, routing.Level.Kind, routing.RuleId,
            routing.PlanVersion, routing.Notify, routing.Gates, routing.Explanation,
            [.. routing.Duties.Select(d => new DutyAnswer(d.Kind, d.Level.Code, d.Level.Name, d.Waits))], day);
    }

    /// <summary>A duty of the routed row: its kind, the level it is towards, and whether the decision waits for it.</summary>
    public sealed record DutyAnswer(string Kind, string LevelId, string Level, bool Waits);

    public sealed class Handler(VisitationDbContext db, CurrentUser currentUser, TimeProvider clock) : ICommandHandler<Command, Answer>
    {
        public async ValueTask<Answer> Handle(Command command, CancellationToken cancellationToken)
        {
            var kommuneId = currentUser.RequireKommuneId();
            if (command.Municipality is not null
                && !await db.Kommuner.AnyAsync(k => k.Id == kommuneId && k.Code == command.Municipality, cancellationToken))
                throw new ResourceNotFoundException("Kommunen");

            var submitter = await SubmitterAsync(db, kommuneId, command.Submitter, cancellationToken);

            var today = command.Date ?? await PlanContext.TodayAsync(db, kommuneId, clock, cancellationToken);
            var stored = await PlanContext.InForceAsync(db, kommuneId, today, cancellationToken) ?? throw new ResourceNotFoundException("Kompetenceplanen");
            var levels = await PlanContext.LevelsAsync(db, kommuneId, cancellationToken);
            var measure = ToInput(command.Measure!);
            var routing = KompetenceplanEvaluator.Evaluate(PlanStorage.Read(stored.Document), stored.Version, levels, measure, submitter, today)
                ?? throw new UnprocessableException([ErrorMessages.Error("/measure/type", "kompetenceplan.noRule", measure.Type)]);
            return Answer.From(routing, today);
        }
    }
}
