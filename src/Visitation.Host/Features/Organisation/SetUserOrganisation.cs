using Mediator;
using Microsoft.EntityFrameworkCore;
using Visitation.Host.Infrastructure.Behaviors;
using Visitation.Host.Infrastructure.Errors;
using Visitation.Host.Infrastructure.Persistence;
using Visitation.Host.Infrastructure.Tenancy;

namespace Visitation.Host.Features.Organisation;

/// <summary>
/// An administrator sets a user's team, title, competence levels, experience flag, substitute (by user name) and absence.
/// The whole set is replaced: a missing field clears it. Nobody changes their own competence levels or experience flag
/// (403 <c>user.notSelf</c>) or makes themselves another's substitute (which lends that person's levels while they are
/// absent): another administrator does that. Every change is kept in the user's administration history.
/// </summary>
public static class SetUserOrganisation
{
    public sealed record Command(Guid UserId, string? Team, string? Title, IReadOnlyList<string>? Levels, bool Experienced, string? Substitute,
        DateTimeOffset? AbsentFrom, DateTimeOffset? AbsentTo, string? Reason = null) : ICommand<UserOrganisationView>, IValidatable
    {
        public IEnumerable<ProblemError> Validate()
        {
            foreach (var error in FieldRules.Text("/title", Title, 200, required: false)) yield return error;
            foreach (var error in FieldRules.Text("/reason", Reason, Users.UserAdministration.MaxReasonLength, required: false)) yield return error;
            for (var i = 0; i < (Levels?.Count ?? 0); i++)
                foreach (var error in OrganisationRules.Code($"/levels/{i}", Levels![i])) yield return error;
            if (AbsentFrom is { } from && AbsentTo is { } to && to <= from) yield return ErrorMessages.Error("/absentTo", "organisation.absenceOrder");
            if (AbsentTo is not null && AbsentFrom is null) yield return ErrorMessages.Error("/absentFrom", "field.required");
        }
    }

    public sealed class Handler(VisitationDbContext db, CurrentUser currentUser, TimeProvider clock) : ICommandHandler<Command, UserOrganisationView>
    {
        public async ValueTask<UserOrganisationView> Handle(Command command, CancellationToken cancellationToken)
        {
            var kommuneId = currentUser.RequireKommuneId();
            var user = await db.Users.SingleOrDefaultAsync(u => u.Id == command.UserId && u.KommuneId == kommuneId, cancellationToken)
                ?? throw new ResourceNotFoundException("Brugeren");

            var levels = (command.Levels ?? []).Distinct().ToList();
            // Separation of duties: decision rights are given by another person, never by oneself.
            if (user.Id == currentUser.UserId && (command.Experienced != user.IsExperienced || !levels.Order().SequenceEqual(user.Kompetenceniveauer.Order())))
                throw new ForbiddenException(ErrorMessages.Error("/levels", "user.notSelf"));

            var errors = new List<ProblemError>();
            Team? team = null;
            if (!string.IsNullOrEmpty(command.Team))
            {
                team = await db.Teams.AsNoTracking().SingleOrDefaultAsync(t => t.Code == command.Team, cancellationToken);
                if (team is null) errors.Add(ErrorMessages.Error("/team", "organisation.unknownTeam", command.Team));
            }
            var known = await db.Kompetenceniveauer.AsNoTracking().Where(l => levels.Contains(l.Code)).Select(l => l.Code).ToListAsync(cancellationToken);
            for (var i = 0; i < (command.Levels?.Count ?? 0); i++)
                if (!known.Contains(command.Levels![i])) errors.Add(ErrorMessages.Error($"/levels/{i}", "organisation.unknownLevel", command.Levels[i]));
            Users.User? substitute = null;
            if (!string.IsNullOrEmpty(command.Substitute))
            {
                var name = command.Substitute.Trim().ToLowerInvariant();
                substitute = await db.Users.AsNoTracking().SingleOrDefaultAsync(u => u.UserName == name && u.KommuneId == kommuneId, cancellationToken);
                if (substitute is null) errors.Add(ErrorMessages.Error("/substitute", "organisation.unknownUser", command.Substitute));
                else if (substitute.Id == user.Id) errors.Add(ErrorMessages.Error("/substitute", "organisation.substituteIsSelf"));
                else if (substitute.Id == currentUser.UserId && user.SubstituteId != substitute.Id)
                    throw new ForbiddenException(ErrorMessages.Error("/substitute", "organisation.youAsSubstitute"));
            }
            if (errors.Count > 0) throw new UnprocessableException(errors);

            var before = Describe(user.TeamId is null ? null : await TeamCodeAsync(user.TeamId.Value, cancellationToken), user.Kompetenceniveauer, user.IsExperienced,
                user.SubstituteId, user.AbsentFrom, user.AbsentTo);
            user.TeamId = team?.Id;
            user.Title = string.IsNullOrWhiteSpace(command.Title) ? null : command.Title.Trim();
            user.Kompetenceniveauer = levels;
            user.IsExperienced = command.Experienced;
            user.SubstituteId = substitute?.Id;
            user.AbsentFrom = command.AbsentFrom;
            user.AbsentTo = command.AbsentTo;
            var after = Describe(team?.Code, levels, user.IsExperienced, user.SubstituteId, user.AbsentFrom, user.AbsentTo);
            if (before != after)
                db.UserAdministrationLog.Add(new Users.UserAdministrationEntry
                {
                    KommuneId = kommuneId, UserId = user.Id, At = clock.GetUtcNow(), ActorId = currentUser.UserId, Actor = currentUser.Actor,
                    Action = "user.organisationChanged", Reason = command.Reason?.Trim() ?? "", Detail = $"{before} → {after}",
                });
            await db.SaveChangesAsync(cancellationToken);

            var names = new Dictionary<Guid, string> { [user.Id] = user.UserName };
            if (substitute is not null) names[substitute.Id] = substitute.UserName;
            var teams = team is null ? new Dictionary<Guid, string>() : new Dictionary<Guid, string> { [team.Id] = team.Code };
            return UserOrganisationView.From(user, teams, names);
        }

        private async Task<string?> TeamCodeAsync(Guid teamId, CancellationToken cancellationToken) =>
            await db.Teams.AsNoTracking().Where(t => t.Id == teamId).Select(t => t.Code).SingleOrDefaultAsync(cancellationToken);

        /// <summary>The user's place as the history shows it: team, levels, experience, whether a substitute and an absence are set.</summary>
        private static string Describe(string? team, IEnumerable<string> levels, bool experienced, Guid? substitute, DateTimeOffset? from, DateTimeOffset? to) =>
            $"team: {team ?? "-"}; niveauer: {(levels.Any() ? string.Join(", ", levels.Order()) : "-")}; erfaren: {(experienced ? "ja" : "nej")}; " +
            $"stedfortræder: {(substitute is null ? "-" : "ja")}; fravær: {(from is null ? "-" : $"{from:yyyy-MM-dd}–{to:yyyy-MM-dd}")}";
    }
}
