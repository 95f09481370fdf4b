using Mediator;
using Microsoft.EntityFrameworkCore;
using Visitation.Host.Features.Moeder;
using Visitation.Host.Features.Organisation;
using Visitation.Host.Infrastructure.Behaviors;
using Visitation.Host.Infrastructure.Errors;
using Visitation.Host.Infrastructure.Persistence;
using Visitation.Host.Infrastructure.Tenancy;

namespace Visitation.Host.Features.Fora;

/// <summary>
/// A leader or administrator adds a forum (<see cref="Create"/>) or changes one (<see cref="Update"/>). People must be users of the
/// municipality, and the level a competence level of kind forum. A changed schedule drops the planned meetings that have no items yet.
/// </summary>
public static class SaveForum
{
    public sealed record Create(ForumFields Fields) : ICommand<ForumView>, IValidatable
    {
        public IEnumerable<ProblemError> Validate() => Fields.Validate();
    }

    public sealed record Update(Guid Id, ForumFields Fields) : ICommand<ForumView>, IValidatable
    {
        public IEnumerable<ProblemError> Validate() => Fields.Validate();
    }

    public sealed class Handler(VisitationDbContext db, CurrentUser currentUser, TimeProvider clock) : ICommandHandler<Create, ForumView>, ICommandHandler<Update, ForumView>
    {
        public async ValueTask<ForumView> Handle(Create command, CancellationToken cancellationToken)
        {
            var forum = new Forum { Id = Guid.NewGuid(), KommuneId = currentUser.RequireKommuneId(), Name = "" };
            var names = await ApplyAsync(forum, command.Fields, cancellationToken);
            db.Forums.Add(forum);
            await db.SaveChangesAsync(cancellationToken);
            return ForumView.From(forum, names);
        }

        public async ValueTask<ForumView> Handle(Update command, CancellationToken cancellationToken)
        {
            var forum = await db.Forums.SingleOrDefaultAsync(f => f.Id == command.Id, cancellationToken) ?? throw new ResourceNotFoundException("Forummet");
            var before = forum.Schedule;
            var names = await ApplyAsync(forum, command.Fields, cancellationToken);
            if (forum.Schedule != before) await DropEmptyPlannedMeetingsAsync(forum.Id, cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
            return ForumView.From(forum, names);
        }

        private async Task DropEmptyPlannedMeetingsAsync(Guid forumId, CancellationToken cancellationToken)
        {
            var now = clock.GetUtcNow();
            var empty = await db.Meetings
                .Where(m => m.ForumId == forumId && m.Status == MeetingStatus.Planned && m.StartsAt > now && !db.AgendaItems.Any(i => i.MeetingId == m.Id))
                .ToListAsync(cancellationToken);
            db.Meetings.RemoveRange(empty);
        }

        private async Task<Dictionary<Guid, string>> ApplyAsync(Forum forum, ForumFields fields, CancellationToken cancellationToken)
        {
            var kommuneId = currentUser.RequireKommuneId();
            var wanted = new[] { fields.Chair! }.Concat(fields.Members ?? []).Concat(fields.Substitutes ?? []).Concat(fields.AdHoc ?? [])
                .Concat(fields.Secretaries ?? []).Where(n => !string.IsNullOrWhiteSpace(n)).Select(Normalise).Distinct().ToList();
            var users = await db.Users.AsNoTracking().Where(u => u.KommuneId == kommuneId && wanted.Contains(u.UserName))
                .ToDictionaryAsync(u => u.UserName, u => u.Id, cancellationToken);
            var errors = new List<ProblemError>();
            Guid Resolve(string path, string name)
            {
                if (users.TryGetValue(Normalise(name), out var id)) return id;
                errors.Add(ErrorMessages.Error(path, "organisation.unknownUser", name));
                return Guid.Empty;
            }
            List<Guid> ResolveAll(string path, IReadOnlyList<string>? names) =>
                (names ?? []).Select((name, i) => Resolve($"{path}/{i}", name)).Distinct().ToList();

            var chair = Resolve("/chair", fields.Chair!);
            var members = ResolveAll("/members", fields.Members);
            var substitutes = ResolveAll("/substitutes", fields.Substitutes);
            var adHoc = ResolveAll("/adHoc", fields.AdHoc);
            var secretaries = ResolveAll("/secretaries", fields.Secretaries);
            if (!string.IsNullOrEmpty(fields.Level))
            {
                var level = await db.Kompetenceniveauer.AsNoTracking().SingleOrDefaultAsync(l => l.Code == fields.Level, cancellationToken);
                if (level is null) errors.Add(ErrorMessages.Error("/level", "organisation.unknownLevel", fields.Level));
                else if (level.Kind != LevelKind.Forum) errors.Add(ErrorMessages.Error("/level", "forum.levelNotForum", fields.Level));
            }
            if (errors.Count > 0) throw new UnprocessableException(errors);
            if (!string.IsNullOrEmpty(fields.Level)) RefuseOwnNewSeat(forum, chair, members, substitutes, adHoc);

            MeetingSchedule.TryParseTime(fields.Schedule!.Time, out var startTime);
            MeetingSchedule.TryParseTime(fields.Cutoff!.Time, out var cutoffTime);
            forum.Name = fields.Name!.Trim();
            forum.Kind = fields.Kind!.Value;
            forum.LevelCode = string.IsNullOrEmpty(fields.Level) ? null : fields.Level;
            forum.ChairId = chair;
            forum.MemberIds = members;
            forum.SubstituteIds = substitutes;
            forum.AdHocIds = adHoc;
            forum.SecretaryIds = secretaries;
            forum.EveryWeeks = fields.Schedule.EveryWeeks!.Value;
            forum.Weekday = fields.Schedule.Weekday!.Value;
            forum.StartTime = startTime;
            forum.StartsOn = fields.Schedule.StartsOn!.Value;
            forum.CutoffDaysBefore = fields.Cutoff.DaysBefore!.Value;
            forum.CutoffTime = cutoffTime;
            forum.Capacity = fields.Capacity!.Value;
            forum.AsyncApproval = fields.AsyncApproval!.Value;
            return users.ToDictionary(u => u.Value, u => u.Key);
        }

        /// <summary>
        /// Separation of duties: a seat in a forum with a decision level (chair, member, substitute, ad hoc) is given by another
        /// person. The one saving may keep a seat they hold, but not take one.
        /// </summary>
        private void RefuseOwnNewSeat(Forum forum, Guid chair, List<Guid> members, List<Guid> substitutes, List<Guid> adHoc)
        {
            if (currentUser.UserId is not { } me) return;
            var held = new HashSet<Guid>(forum.MemberIds.Concat(forum.SubstituteIds).Concat(forum.AdHocIds));
            if (forum.ChairId != Guid.Empty) held.Add(forum.ChairId);
            string? path = null;
            if (chair == me && forum.ChairId != me) path = "/chair";
            else if (members.Contains(me) && !forum.MemberIds.Contains(me) && forum.ChairId != me) path = $"/members/{members.IndexOf(me)}";
            else if (substitutes.Contains(me) && !held.Contains(me)) path = $"/substitutes/{substitutes.IndexOf(me)}";
            else if (adHoc.Contains(me) && !held.Contains(me)) path = $"/adHoc/{adHoc.IndexOf(me)}";
            if (path is not null) throw new ForbiddenException(ErrorMessages.Error(path, "forum.ownSeat"));
        }

        private static string Normalise(string userName) => userName.Trim().ToLowerInvariant();
    }
}
