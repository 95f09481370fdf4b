using Mediator;
using Microsoft.EntityFrameworkCore;
using Visitation.Host.Infrastructure.Behaviors;
using Visitation.Host.Infrastructure.Errors;
using Visitation.Host.Infrastructure.Persistence;
using Visitation.Host.Infrastructure.Tenancy;

namespace Visitation.Host.Features.Frister;

/// <summary>
/// A process designer or administrator sets a stricter local target for a legal deadline from an effective
/// date. Each call adds a version; earlier versions stay for deadlines started while they were in force.
/// A target that could fall due later than the legal default is refused (422).
/// </summary>
public static class SetFristOverride
{
    public const int MaxWorkingDays = 366;

    public sealed record Command(string RuleId, string? Duration, int? WorkingDays, DateOnly? EffectiveFrom, string? Reason)
        : ICommand<FristRuleView>, IValidatable
    {
        public IEnumerable<ProblemError> Validate()
        {
            if (Duration is null && WorkingDays is null)
                yield return ErrorMessages.Error("/duration", "frist.durationOrWorkingDays");
            else if (Duration is not null && WorkingDays is not null)
                yield return ErrorMessages.Error("/workingDays", "frist.durationOrWorkingDays");
            else if (Duration is not null && !IsoDuration.TryParse(Duration, out _))
                yield return ErrorMessages.Error("/duration", "frist.invalidDuration");
            else if (WorkingDays is < 1 or > MaxWorkingDays)
                yield return ErrorMessages.Error("/workingDays", "field.outOfRange", 1, MaxWorkingDays);
            if (EffectiveFrom is null) yield return ErrorMessages.Error("/effectiveFrom", "field.required");
            else if (EffectiveFrom.Value.Year is < ComputeFrist.FirstYear or > ComputeFrist.LastYear)
                yield return ErrorMessages.Error("/effectiveFrom", "field.outOfRange", ComputeFrist.FirstYear, ComputeFrist.LastYear);
            foreach (var error in FieldRules.Text("/reason", Reason, 500, required: false)) yield return error;
        }

        public FristSpec Spec => WorkingDays is { } days ? FristSpec.OfWorkingDays(days) : FristSpec.Of(IsoDuration.Parse(Duration!));
    }

    public sealed class Handler(VisitationDbContext db, FristResolver resolver, TimeProvider clock, CurrentUser currentUser)
        : ICommandHandler<Command, FristRuleView>
    {
        public async ValueTask<FristRuleView> Handle(Command command, CancellationToken cancellationToken)
        {
            var rule = FristRules.Find(command.RuleId) ?? throw new ResourceNotFoundException("Fristreglen");
            var kommuneId = currentUser.RequireKommuneId();
            var zone = await resolver.TimeZoneOfAsync(kommuneId, cancellationToken);
            var spec = command.Spec;
            if (!FristResolver.IsNoLaterThan(spec, rule.Default, command.EffectiveFrom!.Value, zone, resolver.Calendar))
                throw new UnprocessableException([ErrorMessages.Error(spec.WorkingDays is null ? "/duration" : "/workingDays",
                    "frist.notStricter", spec.ToString(), rule.Default.ToString(), rule.LegalBasis)]);

            var versions = await resolver.VersionsAsync(kommuneId, rule.Id, cancellationToken);
            var added = new FristOverride
            {
                Id = Guid.NewGuid(),
                KommuneId = kommuneId,
                RuleId = rule.Id,
                Version = versions.Count == 0 ? 1 : versions.Max(v => v.Version) + 1,
                Duration = spec.Duration?.ToString(),
                WorkingDays = spec.WorkingDays,
                EffectiveFrom = command.EffectiveFrom.Value,
                Reason = string.IsNullOrWhiteSpace(command.Reason) ? null : command.Reason.Trim(),
                CreatedAt = clock.GetUtcNow(),
                CreatedBy = currentUser.Actor,
            };
            db.FristOverrides.Add(added);
            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateException)
            {
                throw new ConflictException(ErrorMessages.Error("", "frist.concurrentChange"));
            }
            versions.Add(added);
            var today = ZonedTime.LocalDate(clock.GetUtcNow(), zone);
            return FristRuleView.From(FristResolver.Resolve(rule, versions, today), versions);
        }
    }
}
