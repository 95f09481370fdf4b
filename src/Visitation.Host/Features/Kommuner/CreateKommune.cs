using Mediator;
using Microsoft.EntityFrameworkCore;
using Visitation.Host.Infrastructure.Behaviors;
using Visitation.Host.Infrastructure.Errors;
using Visitation.Host.Infrastructure.Persistence;
using Visitation.Host.Infrastructure.Seeding;

namespace Visitation.Host.Features.Kommuner;

/// <summary>The installation administrator adds a municipality as a new tenant, which starts with the shipped case flows published.</summary>
public static class CreateKommune
{
    public sealed record Command(string? Code, string? Name, string? TimeZone) : ICommand<KommuneView>, IValidatable
    {
        public IEnumerable<ProblemError> Validate()
        {
            if (Code is null || Code.Length != 4 || !Code.All(char.IsAsciiDigit))
                yield return ErrorMessages.Error("/code", "kommune.invalidCode");
            foreach (var error in FieldRules.Text("/name", Name, 100)) yield return error;
            if (TimeZone is not null && !TimeZoneInfo.TryFindSystemTimeZoneById(TimeZone, out _))
                yield return ErrorMessages.Error("/timeZone", "kommune.invalidTimeZone");
        }
    }

    public sealed class Handler(VisitationDbContext db, TimeProvider clock, CaseFlowSeeder flows) : ICommandHandler<Command, KommuneView>
    {
        public async ValueTask<KommuneView> Handle(Command command, CancellationToken cancellationToken)
        {
            if (await db.Kommuner.AnyAsync(k => k.Code == command.Code, cancellationToken))
                throw new ConflictException(ErrorMessages.Error("/code", "kommune.codeTaken"));
            var kommune = new Kommune
            {
                Id = Guid.NewGuid(),
                Code = command.Code!,
                Name = command.Name!.Trim(),
                TimeZone = command.TimeZone ?? "Europe/Copenhagen",
                CreatedAt = clock.GetUtcNow(),
            };
            db.Kommuner.Add(kommune);
            await db.SaveChangesAsync(cancellationToken);
            await flows.SeedAsync(kommune.Id, cancellationToken);
            return KommuneView.From(kommune);
        }
    }
}
