using System.Text.RegularExpressions;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Visitation.Host.Features.Fora;
using Visitation.Host.Infrastructure.Behaviors;
using Visitation.Host.Infrastructure.Errors;
using Visitation.Host.Infrastructure.Persistence;
using Visitation.Host.Infrastructure.Tenancy;
using Visitation.Host.Infrastructure.Workflows;

namespace Visitation.Host.Features.Moeder;

/// <summary>
/// A member of the forum (the chair, a member, or a substitute standing in; not a disqualified member) records the
/// decision on an item (at an open meeting only those the attendance list has present or standing in, and only with the
/// meeting's quorum, <see cref="MeetingAttendance"/>): bevilget, bevilget med ændring (what and why), afslået (why), tilbagesendt (what to
/// investigate) or udsat (to which later meeting), with the forum's conditions (time limit, follow-up cadence). On an
/// open meeting the decision can be changed until the meeting closes, which makes it final. Between meetings, where
/// the forum allows it, the recorded decision counts as the recorder's approval and becomes final as soon as the
/// quorum has approved it (<see cref="ApproveItem"/>).
/// </summary>
public static partial class DecideItem
{
    public sealed record Command(Guid ForumId, Guid MeetingId, Guid ItemId, MeetingOutcome? Outcome, string? Rationale, string? Change, decimal? ChangedQuantity,
        string? Investigate, DateOnly? TimeLimit, string? FollowUpCadence, Guid? PostponeTo) : ICommand<AgendaItemView>, IValidatable
    {
        public IEnumerable<ProblemError> Validate()
        {
            if (Outcome is null) yield return ErrorMessages.Error("/outcome", "field.required");
            foreach (var error in FieldRules.Text("/rationale", Rationale, 8000)) yield return error;
            if (Outcome == MeetingOutcome.BevilgetMedAendring)
                foreach (var error in FieldRules.Text("/change", Change, 4000)) yield return error;
            if (Outcome == MeetingOutcome.Tilbagesendt)
                foreach (var error in FieldRules.Text("/investigate", Investigate, 4000)) yield return error;
            if (Outcome == MeetingOutcome.Udsat && PostponeTo is null) yield return ErrorMessages.Error("/postponeTo", "field.required");
            if (ChangedQuantity is < 0) yield return ErrorMessages.Error("/changedQuantity", "field.outOfRange", 0, "∞");
            if (TimeLimit is { Year: < 2000 or > 2200 }) yield return ErrorMessages.Error("/timeLimit", "field.outOfRange", 2000, 2200);
            if (FollowUpCadence is not null && !Cadence().IsMatch(FollowUpCadence)) yield return ErrorMessages.Error("/followUpCadence", "indstilling.invalidCadence");
        }
    }

    [GeneratedRegex("^P([1-9][0-9]?[MW]|[1-9][0-9]{0,2}D)$")]
    private static partial Regex Cadence();

    public sealed class Handler(VisitationDbContext db, MeetingItems items, ForumDecisionWriter writer, CurrentUser currentUser, TimeProvider clock)
        : ICommandHandler<Command, AgendaItemView>
    {
        public async ValueTask<AgendaItemView> Handle(Command command, CancellationToken cancellationToken) =>
            await DecideAsync(command, cancellationToken);

        private async Task<AgendaItemView> DecideAsync(Command command, CancellationToken cancellationToken)
        {
            var (forum, meeting, item) = await items.LockedItemAsync(command.ForumId, command.MeetingId, command.ItemId, cancellationToken);
            var userId = items.RequireDecider(forum);
            MeetingItems.RequireUnlocked(meeting);
            MeetingItems.RequireUndecided(item);
            var between = meeting.Status == MeetingStatus.Planned && forum.AsyncApproval != AsyncApproval.Off;
            if (meeting.Status != MeetingStatus.Open && !between) throw new ConflictException(ErrorMessages.Error("", "meeting.notOpen"));
            if (meeting.Status == MeetingStatus.Open)
            {
                var attendance = await MeetingAttendance.ForAsync(db, forum, meeting, cancellationToken);
                if (!attendance.MayDecide(forum, userId)) throw new ForbiddenException(ErrorMessages.Error("", "meeting.notPresent"));
                if (!attendance.HasQuorum(forum)) throw new ConflictException(ErrorMessages.Error("", "meeting.noQuorum"));
            }
            if (item.DisqualifiedIds.Contains(userId)) throw new ForbiddenException(ErrorMessages.Error("", "meeting.disqualified"));
            if (command.Outcome == MeetingOutcome.Udsat)
            {
                if (between) throw new UnprocessableException([ErrorMessages.Error("/outcome", "meeting.postponeAtMeeting")]);
                var target = await db.Meetings.AsNoTracking().SingleOrDefaultAsync(m => m.Id == command.PostponeTo && m.ForumId == forum.Id, cancellationToken);
                if (target is null || target.Status != MeetingStatus.Planned || target.StartsAt <= meeting.StartsAt)
                    throw new UnprocessableException([ErrorMessages.Error("/postponeTo", "meeting.invalidPostponement")]);
            }

            var now = clock.GetUtcNow();
            var granted = command.Outcome is MeetingOutcome.Bevilget or MeetingOutcome.BevilgetMedAendring;
            item.Outcome = command.Outcome;
            item.Rationale = command.Rationale!.Trim();
            item.Change = command.Outcome == MeetingOutcome.BevilgetMedAendring ? command.Change!.Trim() : null;
            item.ChangedQuantity = command.Outcome == MeetingOutcome.BevilgetMedAendring ? command.ChangedQuantity : null;
            item.Investigate = command.Outcome == MeetingOutcome.Tilbagesendt ? command.Investigate!.Trim() : null;
            item.TimeLimit = granted ? command.TimeLimit : null;
            item.FollowUpCadence = granted ? command.FollowUpCadence : null;
            item.PostponedToMeetingId = command.Outcome == MeetingOutcome.Udsat ? command.PostponeTo : null;
            item.DecidedBy = currentUser.Actor;
            item.DecidedAt = now;
            item.ApprovedByIds = [userId];
            await db.SaveChangesAsync(cancellationToken);
            if (between) await ApproveItem.FinaliseIfCarriedAsync(db, writer, forum, item, now, cancellationToken);
            return await AgendaItemView.ForAsync(db, item, cancellationToken);
        }
    }
}
