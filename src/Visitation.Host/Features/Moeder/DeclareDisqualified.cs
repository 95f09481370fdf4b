using Mediator;
using Visitation.Host.Infrastructure.Persistence;
using Visitation.Host.Infrastructure.Workflows;

namespace Visitation.Host.Features.Moeder;

/// <summary>
/// A member declares themselves disqualified (inhabil) on an item: they are left out of its decision, their approval
/// no longer counts, and the minutes name them.
/// </summary>
public static class DeclareDisqualified
{
    public sealed record Command(Guid ForumId, Guid MeetingId, Guid ItemId) : ICommand<AgendaItemView>;

    public sealed class Handler(VisitationDbContext db, MeetingItems items) : ICommandHandler<Command, AgendaItemView>
    {
        public async ValueTask<AgendaItemView> Handle(Command command, CancellationToken cancellationToken) =>
            await DeclareAsync(command, cancellationToken);

        private async Task<AgendaItemView> DeclareAsync(Command command, CancellationToken cancellationToken)
        {
            var (forum, meeting, item) = await items.LockedItemAsync(command.ForumId, command.MeetingId, command.ItemId, cancellationToken);
            var userId = items.RequireDecider(forum);
            MeetingItems.RequireUnlocked(meeting);
            MeetingItems.RequireUndecided(item);
            if (!item.DisqualifiedIds.Contains(userId)) item.DisqualifiedIds = [.. item.DisqualifiedIds, userId];
            item.ApprovedByIds = [.. item.ApprovedByIds.Where(a => a != userId)];
            await db.SaveChangesAsync(cancellationToken);
            return await AgendaItemView.ForAsync(db, item, cancellationToken);
        }
    }
}
