using System.Text.Json;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Visitation.Host.Infrastructure.Behaviors;
using Visitation.Host.Infrastructure.Errors;
using Visitation.Host.Infrastructure.Persistence;
using Visitation.Host.Infrastructure.Tenancy;

namespace Visitation.Host.Features.Kompetenceplaner;

/// <summary>Keeps a simulator case for the municipality's plan; at most <see cref="MaxExamples"/> per municipality, as a draft is re-run against all.</summary>
public static class SaveSimulatorExample
{
    public const int MaxNameLength = 200;

    public const int MaxExamples = EvaluateDraft.MaxCases - 1;

    public sealed record Command(string? Name, SimulateRouting.MeasureRequest? Measure, string? Submitter) : ICommand<SimulatorExampleView>, IValidatable
    {
        public IEnumerable<ProblemError> Validate()
        {
            foreach (var error in FieldRules.Text("/name", Name, MaxNameLength)) yield return error;
            foreach (var error in FieldRules.Text("/submitter", Submitter, 200, required: false)) yield return error;
            foreach (var error in SimulateRouting.ValidateMeasure("/measure", Measure)) yield return error;
        }
    }

    public sealed class Handler(VisitationDbContext db, CurrentUser currentUser, TimeProvider clock) : ICommandHandler<Command, SimulatorExampleView>
    {
        public async ValueTask<SimulatorExampleView> Handle(Command command, CancellationToken cancellationToken)
        {
            var kommuneId = currentUser.RequireKommuneId();
            if (await db.SimulatorExamples.CountAsync(e => e.KommuneId == kommuneId, cancellationToken) >= MaxExamples)
                throw new UnprocessableException([ErrorMessages.Error("", "simulator.tooManyExamples", MaxExamples)]);
            var submitter = string.IsNullOrWhiteSpace(command.Submitter) ? null : command.Submitter.Trim().ToLowerInvariant();
            if (submitter is not null && !await db.Users.AnyAsync(u => u.KommuneId == kommuneId && u.UserName == submitter, cancellationToken))
                throw new UnprocessableException([ErrorMessages.Error("/submitter", "organisation.unknownUser", command.Submitter!)]);
            var example = new SimulatorExample
            {
                Id = Guid.NewGuid(), KommuneId = kommuneId, Name = command.Name!.Trim(), Submitter = submitter, SavedAt = clock.GetUtcNow(),
                SavedBy = currentUser.Actor, Measure = JsonSerializer.Serialize(command.Measure, SimulatorExampleView.Json),
            };
            db.SimulatorExamples.Add(example);
            await db.SaveChangesAsync(cancellationToken);
            var name = await db.Users.AsNoTracking().Where(u => u.KommuneId == kommuneId && u.UserName == example.SavedBy).Select(u => u.DisplayName)
                .SingleOrDefaultAsync(cancellationToken);
            return SimulatorExampleView.From(example, name);
        }
    }
}
