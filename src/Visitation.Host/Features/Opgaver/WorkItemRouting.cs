using Microsoft.EntityFrameworkCore;
using Visitation.Host.Infrastructure.Persistence;

namespace Visitation.Host.Features.Opgaver;

/// <summary>
/// Where a task goes when the person who has it is absent: to their substitute (stedfortræder) when they have one
/// who is not absent too, otherwise to the reassignment queue, where leaders give it to someone.
/// </summary>
public static class WorkItemRouting
{
    public static async Task<WorkItemEvent?> AwayFromAbsenceAsync(VisitationDbContext db, WorkItem item, DateTimeOffset now, string actor,
        CancellationToken cancellationToken)
    {
        if (item.Assignee is null || !item.IsOpen) return null;
        var absent = await db.Users.AsNoTracking()
            .SingleOrDefaultAsync(u => u.KommuneId == item.KommuneId && u.UserName == item.Assignee, cancellationToken);
        if (absent is null || !absent.IsAbsentAt(now)) return null;
        var substitute = absent.SubstituteId is { } substituteId
            ? await db.Users.AsNoTracking().SingleOrDefaultAsync(u => u.Id == substituteId && u.KommuneId == item.KommuneId && u.IsActive, cancellationToken)
            : null;

        var reason = $"{absent.UserName} er fraværende";
        WorkItemEvent entry;
        if (substitute is not null && !substitute.IsAbsentAt(now))
        {
            item.Assignee = substitute.UserName;
            item.Status = WorkItemStatus.Assigned;
            item.InReassignmentQueue = false;
            entry = NewEvent(item, WorkItemEventKind.Substituted, now, actor, substitute.UserName, reason);
        }
        else
        {
            item.Assignee = null;
            item.Status = WorkItemStatus.Open;
            item.InReassignmentQueue = true;
            entry = NewEvent(item, WorkItemEventKind.Queued, now, actor, null, reason);
        }
        item.Version++;
        db.WorkItemEvents.Add(entry);
        return entry;
    }

    public static WorkItemEvent NewEvent(WorkItem item, WorkItemEventKind kind, DateTimeOffset at, string actor, string? assignee = null, string? reason = null) => new()
    {
        WorkItemId = item.Id,
        KommuneId = item.KommuneId,
        Kind = kind,
        At = at,
        Actor = actor,
        Assignee = assignee,
        Reason = reason,
    };
}
