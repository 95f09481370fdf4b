using Mediator;
using Microsoft.EntityFrameworkCore;
using Visitation.Host.Features.Fora;
using Visitation.Host.Infrastructure.Behaviors;
using Visitation.Host.Infrastructure.Errors;
using Visitation.Host.Infrastructure.Persistence;
using Visitation.Host.Infrastructure.Tenancy;
using Visitation.Host.Infrastructure.Workflows;

namespace Visitation.Host.Features.Moeder;

public sealed record StandInFields(string? Substitute, string? For);

public sealed record AdHocFields(string? Name, string? Role);

/// <summary>
/// The chair (or the substitute standing in for the chair), a meeting secretary, a leader or an administrator records who is at a planned or open meeting: the chair and
/// members present and absent (anyone of them not named present counts as absent), the forum's substitutes standing in
/// for a named absent member or the chair, and ad hoc participants by name and role. The list replaces the one before;
/// once the meeting has closed it stays as it was (409). People by user name.
/// </summary>
public static class RecordAttendance
{
    public sealed record Command(Guid ForumId, Guid MeetingId, IReadOnlyList<string>? Present, IReadOnlyList<StandInFields>? Substitutes,
        IReadOnlyList<AdHocFields>? AdHoc, IReadOnlyList<string>? Absent) : ICommand<AttendanceView>, IValidatable
    {
        public IEnumerable<ProblemError> Validate()
        {
            foreach (var (path, count) in new[] { ("/present", Present?.Count), ("/substitutes", Substitutes?.Count), ("/adHoc", AdHoc?.Count), ("/absent", Absent?.Count) })
                if (count > ForumFields.MaxPeople) yield return ErrorMessages.Error(path, "field.outOfRange", 0, ForumFields.MaxPeople);
            foreach (var (name, i) in (Present ?? []).Select((n, i) => (n, i)))
                if (string.IsNullOrWhiteSpace(name)) yield return ErrorMessages.Error($"/present/{i}", "field.required");
            foreach (var (name, i) in (Absent ?? []).Select((n, i) => (n, i)))
                if (string.IsNullOrWhiteSpace(name)) yield return ErrorMessages.Error($"/absent/{i}", "field.required");
            foreach (var (standIn, i) in (Substitutes ?? []).Select((s, i) => (s, i)))
            {
                if (string.IsNullOrWhiteSpace(standIn?.Substitute)) yield return ErrorMessages.Error($"/substitutes/{i}/substitute", "field.required");
                if (string.IsNullOrWhiteSpace(standIn?.For)) yield return ErrorMessages.Error($"/substitutes/{i}/for", "field.required");
            }
            foreach (var (participant, i) in (AdHoc ?? []).Select((a, i) => (a, i)))
            {
                foreach (var error in FieldRules.Text($"/adHoc/{i}/name", participant?.Name, MeetingAttendance.MaxText)) yield return error;
                foreach (var error in FieldRules.Text($"/adHoc/{i}/role", participant?.Role, MeetingAttendance.MaxText)) yield return error;
            }
        }
    }

    public sealed class Handler(VisitationDbContext db, MeetingItems items, CurrentUser currentUser, TimeProvider clock)
        : ICommandHandler<Command, AttendanceView>
    {
        public async ValueTask<AttendanceView> Handle(Command command, CancellationToken cancellationToken) =>
            await RecordAsync(command, cancellationToken);

        private async Task<AttendanceView> RecordAsync(Command command, CancellationToken cancellationToken)
        {
            var (forum, meeting) = await items.LockedMeetingAsync(command.ForumId, command.MeetingId, cancellationToken);
            await items.RequireKeeperAsync(forum, meeting, "attendance.notChair", cancellationToken);
            if (meeting.Status == MeetingStatus.Closed) throw new ConflictException(ErrorMessages.Error("", "attendance.closed"));

            var attendance = await ResolveAsync(forum, command, cancellationToken);
            await attendance.StoreAsync(db, meeting, clock.GetUtcNow(), currentUser.Actor, cancellationToken);
            await items.SaveMeetingAsync(meeting, cancellationToken);
            return AttendanceView.From(meeting, forum, attendance, await AgendaItemView.NamesAsync(db, attendance.People, cancellationToken));
        }

        /// <summary>The list in ids, checked against the forum: 422 with every wrong line.</summary>
        private async Task<MeetingAttendance> ResolveAsync(Forum forum, Command command, CancellationToken cancellationToken)
        {
            static string Normalise(string name) => name.Trim().ToLowerInvariant();
            var wanted = (command.Present ?? []).Concat(command.Absent ?? [])
                .Concat((command.Substitutes ?? []).SelectMany(s => new[] { s.Substitute!, s.For! })).Select(Normalise).Distinct().ToList();
            var users = await db.Users.AsNoTracking().Where(u => u.KommuneId == forum.KommuneId && wanted.Contains(u.UserName))
                .ToDictionaryAsync(u => u.UserName, u => u.Id, cancellationToken);
            var voters = ForumPeople.Voters(forum);
            var errors = new List<ProblemError>();
            var listed = new HashSet<Guid>();
            Guid? Resolve(string path, string name)
            {
                if (users.TryGetValue(Normalise(name), out var id)) return id;
                errors.Add(ErrorMessages.Error(path, "organisation.unknownUser", name));
                return null;
            }
            Guid? Voter(string path, string name)
            {
                if (Resolve(path, name) is not { } id) return null;
                if (!voters.Contains(id)) errors.Add(ErrorMessages.Error(path, "attendance.notMember", name));
                else if (!listed.Add(id)) errors.Add(ErrorMessages.Error(path, "attendance.listedTwice", name));
                else return id;
                return null;
            }

            var present = (command.Present ?? []).Select((name, i) => Voter($"/present/{i}", name)).OfType<Guid>().ToList();
            var absent = (command.Absent ?? []).Select((name, i) => Voter($"/absent/{i}", name)).OfType<Guid>().ToList();
            absent.AddRange(voters.Where(v => !listed.Contains(v)));
            var standIns = new List<StandIn>();
            foreach (var (standIn, i) in (command.Substitutes ?? []).Select((s, i) => (s, i)))
            {
                var (substituteName, memberName) = (standIn.Substitute!, standIn.For!);
                var substitute = Resolve($"/substitutes/{i}/substitute", substituteName);
                var member = Resolve($"/substitutes/{i}/for", memberName);
                if (substitute is not { } s || member is not { } m) continue;
                if (!forum.SubstituteIds.Contains(s)) errors.Add(ErrorMessages.Error($"/substitutes/{i}/substitute", "attendance.notSubstitute", substituteName));
                else if (!listed.Add(s)) errors.Add(ErrorMessages.Error($"/substitutes/{i}/substitute", "attendance.listedTwice", substituteName));
                else if (!voters.Contains(m)) errors.Add(ErrorMessages.Error($"/substitutes/{i}/for", "attendance.notMember", memberName));
                else if (present.Contains(m)) errors.Add(ErrorMessages.Error($"/substitutes/{i}/for", "attendance.memberPresent", memberName));
                else if (standIns.Any(x => x.ForId == m)) errors.Add(ErrorMessages.Error($"/substitutes/{i}/for", "attendance.listedTwice", memberName));
                else standIns.Add(new StandIn(s, m));
            }
            if (errors.Count > 0) throw new UnprocessableException(errors);
            var adHoc = (command.AdHoc ?? []).Select(a => new AdHocParticipant(a.Name!.Trim(), a.Role!.Trim())).ToList();
            return new MeetingAttendance(true, present, standIns, adHoc, absent);
        }
    }
}
