using Mediator;
using Microsoft.EntityFrameworkCore;
using Visitation.Host.Features.Audit;
using Visitation.Host.Features.Fora;
using Visitation.Host.Infrastructure.Behaviors;
using Visitation.Host.Infrastructure.Errors;
using Visitation.Host.Infrastructure.Persistence;
using Visitation.Host.Infrastructure.Workflows;

namespace Visitation.Host.Features.Moeder;

/// <summary>
/// A meeting secretary (or the chair, the substitute standing in for the chair, a leader or an administrator) puts the
/// items still waiting on a planned or open meeting in a new order; the presenters' slots follow it. The list names every
/// waiting item exactly once. Items already decided keep their places; the waiting ones share the places they held.
/// </summary>
public static class ReorderAgenda
{
    public sealed record Command(Guid ForumId, Guid MeetingId, IReadOnlyList<Guid>? ItemIds) : ICommand<IReadOnlyList<AgendaItemView>>, IValidatable
    {
        public IEnumerable<ProblemError> Validate()
        {
            if (ItemIds is null) yield return ErrorMessages.Error("/itemIds", "field.required");
            else if (ItemIds.Count > ForumFields.MaxCapacity) yield return ErrorMessages.Error("/itemIds", "field.outOfRange", 0, ForumFields.MaxCapacity);
        }
    }

    public sealed class Handler(VisitationDbContext db, MeetingItems items, AuditTrail audit)
        : ICommandHandler<Command, IReadOnlyList<AgendaItemView>>
    {
        public async ValueTask<IReadOnlyList<AgendaItemView>> Handle(Command command, CancellationToken cancellationToken) =>
            await ReorderAsync(command, cancellationToken);

        private async Task<IReadOnlyList<AgendaItemView>> ReorderAsync(Command command, CancellationToken cancellationToken)
        {
            var (forum, meeting) = await items.LockedMeetingAsync(command.ForumId, command.MeetingId, cancellationToken);
            await items.RequireKeeperAsync(forum, meeting, "meeting.notSecretary", cancellationToken);
            if (meeting.Status == MeetingStatus.Closed) throw new ConflictException(ErrorMessages.Error("", "meeting.agendaClosed"));
            var waiting = await db.AgendaItems.Where(i => i.MeetingId == meeting.Id && i.Status == AgendaItemStatus.Queued)
                .OrderBy(i => i.Position).ToListAsync(cancellationToken);
            var wanted = command.ItemIds!;
            if (wanted.Count != waiting.Count || wanted.Distinct().Count() != wanted.Count || !wanted.All(id => waiting.Any(i => i.Id == id)))
                throw new RequestValidationException(ErrorMessages.Error("/itemIds", "meeting.orderMismatch"));

            var places = waiting.Select(i => i.Position).ToList();
            // The meeting's places are unique; the waiting items step aside first so that no two hold one place in between.
            foreach (var (item, i) in waiting.Select((item, i) => (item, i))) item.Position = -(i + 1);
            await db.SaveChangesAsync(cancellationToken);
            var byId = waiting.ToDictionary(i => i.Id);
            foreach (var (id, i) in wanted.Select((id, i) => (id, i))) byId[id].Position = places[i];
            foreach (var caseId in waiting.Select(i => i.CaseId).Distinct()) audit.Write(meeting.KommuneId, caseId, "moede.omordnet");
            await items.SaveMeetingAsync(meeting, cancellationToken);

            var agenda = await db.AgendaItems.AsNoTracking()
                .Where(i => i.MeetingId == meeting.Id && (i.Status == AgendaItemStatus.Queued || i.Status == AgendaItemStatus.Decided))
                .OrderBy(i => i.Position).ToListAsync(cancellationToken);
            var names = await AgendaItemView.NamesAsync(db, agenda.SelectMany(i => i.DisqualifiedIds.Concat(i.ApprovedByIds)), cancellationToken);
            return agenda.Select(i => AgendaItemView.From(i, names)).ToList();
        }
    }
}
