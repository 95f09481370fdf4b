using Mediator;
using Visitation.Host.Features.Fora;
using Visitation.Host.Infrastructure.Errors;
using Visitation.Host.Infrastructure.Persistence;
using Visitation.Host.Infrastructure.Workflows;

namespace Visitation.Host.Features.Moeder;

/// <summary>
/// Between meetings, where the forum allows asynchronous approval, a member approves the decision another member
/// recorded on an item. Once the quorum has approved (the chair alone, or a majority of the chair and members not
/// disqualified on the item), the decision is final: the afgørelse is written and the case's flow moves on.
/// </summary>
public static class ApproveItem
{
    public sealed record Command(Guid ForumId, Guid MeetingId, Guid ItemId) : ICommand<AgendaItemView>;

    public sealed class Handler(VisitationDbContext db, MeetingItems items, ForumDecisionWriter writer, TimeProvider clock)
        : ICommandHandler<Command, AgendaItemView>
    {
        public async ValueTask<AgendaItemView> Handle(Command command, CancellationToken cancellationToken) =>
            await ApproveAsync(command, cancellationToken);

        private async Task<AgendaItemView> ApproveAsync(Command command, CancellationToken cancellationToken)
        {
            var (forum, meeting, item) = await items.LockedItemAsync(command.ForumId, command.MeetingId, command.ItemId, cancellationToken);
            var userId = items.RequireDecider(forum);
            MeetingItems.RequireUnlocked(meeting);
            MeetingItems.RequireUndecided(item);
            if (meeting.Status != MeetingStatus.Planned || forum.AsyncApproval == AsyncApproval.Off)
                throw new ConflictException(ErrorMessages.Error("", "meeting.asyncNotAllowed"));
            if (item.DisqualifiedIds.Contains(userId)) throw new ForbiddenException(ErrorMessages.Error("", "meeting.disqualified"));
            if (item.Outcome is null) throw new ConflictException(ErrorMessages.Error("", "meeting.noProposal"));
            if (!item.ApprovedByIds.Contains(userId)) item.ApprovedByIds = [.. item.ApprovedByIds, userId];
            await db.SaveChangesAsync(cancellationToken);
            await FinaliseIfCarriedAsync(db, writer, forum, item, clock.GetUtcNow(), cancellationToken);
            return await AgendaItemView.ForAsync(db, item, cancellationToken);
        }
    }

    /// <summary>Makes a decision recorded between meetings final once its approvals reach the forum's quorum.</summary>
    public static async Task FinaliseIfCarriedAsync(VisitationDbContext db, ForumDecisionWriter writer, Forum forum, AgendaItem item, DateTimeOffset now,
        CancellationToken cancellationToken)
    {
        if (!ForumPeople.HasQuorum(forum, item)) return;
        var afgoerelse = await writer.WriteAsync(item, null, now, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await writer.ResumeAsync(afgoerelse, cancellationToken);
    }
}
