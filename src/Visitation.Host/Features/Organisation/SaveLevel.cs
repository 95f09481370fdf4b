using Mediator;
using Microsoft.EntityFrameworkCore;
using Visitation.Host.Infrastructure.Behaviors;
using Visitation.Host.Infrastructure.Errors;
using Visitation.Host.Infrastructure.Persistence;
using Visitation.Host.Infrastructure.Tenancy;

namespace Visitation.Host.Features.Organisation;

/// <summary>An administrator adds a competence level (<see cref="Create"/>) or renames or re-kinds one (<see cref="Update"/>); the id never changes.</summary>
public static class SaveLevel
{
    public sealed record Create(string? Id, string? Name, LevelKind? Kind) : ICommand<LevelView>, IValidatable
    {
        public IEnumerable<ProblemError> Validate() =>
            OrganisationRules.Code("/id", Id).Concat(OrganisationRules.Name("/name", Name)).Concat(KindRequired(Kind));
    }

    public sealed record Update(string Id, string? Name, LevelKind? Kind) : ICommand<LevelView>, IValidatable
    {
        public IEnumerable<ProblemError> Validate() => OrganisationRules.Name("/name", Name).Concat(KindRequired(Kind));
    }

    private static IEnumerable<ProblemError> KindRequired(LevelKind? kind)
    {
        if (kind is null) yield return ErrorMessages.Error("/kind", "field.required");
    }

    public sealed class Handler(VisitationDbContext db, CurrentUser currentUser) : ICommandHandler<Create, LevelView>, ICommandHandler<Update, LevelView>
    {
        public async ValueTask<LevelView> Handle(Create command, CancellationToken cancellationToken)
        {
            if (await db.Kompetenceniveauer.AnyAsync(l => l.Code == command.Id, cancellationToken))
                throw new ConflictException(ErrorMessages.Error("/id", "organisation.codeTaken"));
            var level = new Kompetenceniveau
            {
                Id = Guid.NewGuid(), KommuneId = currentUser.RequireKommuneId(), Code = command.Id!, Name = command.Name!.Trim(), Kind = command.Kind!.Value,
            };
            db.Kompetenceniveauer.Add(level);
            await db.SaveChangesAsync(cancellationToken);
            return LevelView.From(level);
        }

        public async ValueTask<LevelView> Handle(Update command, CancellationToken cancellationToken)
        {
            var level = await db.Kompetenceniveauer.SingleOrDefaultAsync(l => l.Code == command.Id, cancellationToken)
                ?? throw new ResourceNotFoundException("Kompetenceniveauet");
            level.Name = command.Name!.Trim();
            level.Kind = command.Kind!.Value;
            await db.SaveChangesAsync(cancellationToken);
            return LevelView.From(level);
        }
    }
}
