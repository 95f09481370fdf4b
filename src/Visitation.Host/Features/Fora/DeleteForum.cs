using Mediator;
using Microsoft.EntityFrameworkCore;
using Visitation.Host.Infrastructure.Errors;
using Visitation.Host.Infrastructure.Persistence;

namespace Visitation.Host.Features.Fora;

/// <summary>A leader or administrator removes a forum that has never had an item on its agenda; its generated meetings go with it.</summary>
public static class DeleteForum
{
    public sealed record Command(Guid Id) : ICommand;

    public sealed class Handler(VisitationDbContext db) : ICommandHandler<Command>
    {
        public async ValueTask<Unit> Handle(Command command, CancellationToken cancellationToken)
        {
            var forum = await db.Forums.SingleOrDefaultAsync(f => f.Id == command.Id, cancellationToken) ?? throw new ResourceNotFoundException("Forummet");
            var meetings = await db.Meetings.Where(m => m.ForumId == forum.Id).ToListAsync(cancellationToken);
            var meetingIds = meetings.Select(m => m.Id).ToList();
            if (await db.AgendaItems.AnyAsync(i => meetingIds.Contains(i.MeetingId), cancellationToken))
                throw new ConflictException(ErrorMessages.Error("", "forum.hasItems"));
            db.Meetings.RemoveRange(meetings);
            db.Forums.Remove(forum);
            await db.SaveChangesAsync(cancellationToken);
            return Unit.Value;
        }
    }
}
