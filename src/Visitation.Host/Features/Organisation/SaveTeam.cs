using Mediator;
using Microsoft.EntityFrameworkCore;
using Visitation.Host.Infrastructure.Behaviors;
using Visitation.Host.Infrastructure.Errors;
using Visitation.Host.Infrastructure.Persistence;
using Visitation.Host.Infrastructure.Tenancy;

namespace Visitation.Host.Features.Organisation;

/// <summary>An administrator adds a team (<see cref="Create"/>) or renames one (<see cref="Update"/>); the id never changes.</summary>
public static class SaveTeam
{
    public sealed record Create(string? Id, string? Name) : ICommand<TeamView>, IValidatable
    {
        public IEnumerable<ProblemError> Validate() => OrganisationRules.Code("/id", Id).Concat(OrganisationRules.Name("/name", Name));
    }

    public sealed record Update(string Id, string? Name) : ICommand<TeamView>, IValidatable
    {
        public IEnumerable<ProblemError> Validate() => OrganisationRules.Name("/name", Name);
    }

    public sealed class Handler(VisitationDbContext db, CurrentUser currentUser) : ICommandHandler<Create, TeamView>, ICommandHandler<Update, TeamView>
    {
        public async ValueTask<TeamView> Handle(Create command, CancellationToken cancellationToken)
        {
            if (await db.Teams.AnyAsync(t => t.Code == command.Id, cancellationToken))
                throw new ConflictException(ErrorMessages.Error("/id", "organisation.codeTaken"));
            var team = new Team { Id = Guid.NewGuid(), KommuneId = currentUser.RequireKommuneId(), Code = command.Id!, Name = command.Name!.Trim() };
            db.Teams.Add(team);
            await db.SaveChangesAsync(cancellationToken);
            return TeamView.From(team);
        }

        public async ValueTask<TeamView> Handle(Update command, CancellationToken cancellationToken)
        {
            var team = await db.Teams.SingleOrDefaultAsync(t => t.Code == command.Id, cancellationToken) ?? throw new ResourceNotFoundException("Teamet");
            team.Name = command.Name!.Trim();
            await db.SaveChangesAsync(cancellationToken);
            return TeamView.From(team);
        }
    }
}
