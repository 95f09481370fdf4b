using Microsoft.EntityFrameworkCore;
using Visitation.Host.Infrastructure.Errors;
using Visitation.Host.Features.Sager;
using Visitation.Host.Infrastructure.Persistence;

namespace Visitation.Host.Features.Opgaver;

/// <summary>Loads one task for a caller: one they may not see (or of another municipality) is not there for them (404).</summary>
public static class WorkItemLookup
{
    public static async Task<WorkItem> FindVisibleAsync(VisitationDbContext db, string id, WorkItemActor actor, CancellationToken cancellationToken)
    {
        var item = await db.WorkItems.Include(w => w.Candidates).SingleOrDefaultAsync(w => w.Id == id, cancellationToken);
        if (item is null || item.KommuneId != actor.KommuneId || !actor.CanSee(item)) throw new ResourceNotFoundException("Opgaven");
        return item;
    }

    /// <summary>The codes of the teams these tasks were escalated to (none read when no task was escalated to a team).</summary>
    public static async Task<IReadOnlyDictionary<Guid, string>> TeamCodesAsync(VisitationDbContext db, IEnumerable<WorkItem> items, CancellationToken cancellationToken)
    {
        var ids = items.Select(w => w.EscalatedToTeamId).OfType<Guid>().Distinct().ToList();
        if (ids.Count == 0) return new Dictionary<Guid, string>();
        return await db.Teams.AsNoTracking().Where(t => ids.Contains(t.Id)).ToDictionaryAsync(t => t.Id, t => t.Code, cancellationToken);
    }

    /// <summary>The task after a change, as the caller now sees it.</summary>
    public static async Task<WorkItemView> ViewAsync(VisitationDbContext db, WorkItem item, WorkItemActor actor, DateTimeOffset now, CancellationToken cancellationToken) =>
        WorkItemView.From(item, actor, now, await TeamCodesAsync(db, [item], cancellationToken), await CasesAsync(db, [item], cancellationToken));

    /// <summary>The cases of these tasks by case id (the flow's correlation id): number, child's name and masked CPR number.</summary>
    public static async Task<IReadOnlyDictionary<string, WorkItemCaseView>> CasesAsync(VisitationDbContext db, IEnumerable<WorkItem> items,
        CancellationToken cancellationToken)
    {
        var ids = items.Select(w => Guid.TryParse(w.CaseId, out var id) ? id : (Guid?)null).OfType<Guid>().Distinct().ToList();
        if (ids.Count == 0) return new Dictionary<string, WorkItemCaseView>();
        var sager = await db.Sager.AsNoTracking().Where(s => ids.Contains(s.Id))
            .Select(s => new { s.Id, s.Sagsnummer, s.BarnNavn, s.Cpr }).ToListAsync(cancellationToken);
        return sager.ToDictionary(s => s.Id.ToString(), s => new WorkItemCaseView(s.Sagsnummer, s.BarnNavn, SagSummaryView.Mask(s.Cpr)));
    }
}
