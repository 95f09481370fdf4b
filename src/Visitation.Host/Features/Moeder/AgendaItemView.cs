using Microsoft.EntityFrameworkCore;
using Visitation.Host.Infrastructure.Persistence;

namespace Visitation.Host.Features.Moeder;

/// <summary>An item's place and the decision recorded on it; people by user name.</summary>
public sealed record AgendaItemView(Guid Id, Guid MeetingId, Guid CaseId, Guid IndstillingId, int Position, AgendaItemStatus Status, MeetingOutcome? Outcome,
    string? Rationale, string? Change, decimal? ChangedQuantity, string? Investigate, DateOnly? TimeLimit, string? FollowUpCadence, Guid? PostponedTo,
    string? DecidedBy, DateTimeOffset? DecidedAt, IReadOnlyList<string> Disqualified, IReadOnlyList<string> ApprovedBy, Guid? DecisionId, Guid? MovedToItemId)
{
    public static AgendaItemView From(AgendaItem i, IReadOnlyDictionary<Guid, string> names)
    {
        string Name(Guid id) => names.GetValueOrDefault(id) ?? id.ToString();
        return new(i.Id, i.MeetingId, i.CaseId, i.IndstillingId, i.Position, i.Status, i.Outcome, i.Rationale, i.Change, i.ChangedQuantity, i.Investigate, i.TimeLimit,
            i.FollowUpCadence, i.PostponedToMeetingId, i.DecidedBy, i.DecidedAt, i.DisqualifiedIds.Select(Name).ToList(), i.ApprovedByIds.Select(Name).ToList(),
            i.AfgoerelseId, i.MovedToItemId);
    }

    public static async Task<AgendaItemView> ForAsync(VisitationDbContext db, AgendaItem item, CancellationToken cancellationToken) =>
        From(item, await NamesAsync(db, item.DisqualifiedIds.Concat(item.ApprovedByIds), cancellationToken));

    public static async Task<Dictionary<Guid, string>> NamesAsync(VisitationDbContext db, IEnumerable<Guid> ids, CancellationToken cancellationToken)
    {
        var wanted = ids.Distinct().ToList();
        return await db.Users.AsNoTracking().Where(u => wanted.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.UserName, cancellationToken);
    }
}
