using Microsoft.EntityFrameworkCore;
using Visitation.Host.Infrastructure.Errors;
using Visitation.Host.Infrastructure.Persistence;

namespace Visitation.Host.Features.Opgaver;

/// <summary>What every change of who has a task shares: the state checks, the history entry, and the save that loses to a concurrent change (409).</summary>
public static class WorkItemChanges
{
    public static void RequireOpen(WorkItem item)
    {
        if (!item.IsOpen) throw new ConflictException(ErrorMessages.Error("", "tasks.closed", item.Status));
    }

    /// <summary>
    /// The user a task is being given to, who must be present and able to take it. A leader may also give a personal
    /// task (its candidates are named people only) or one from the reassignment queue to any colleague.
    /// </summary>
    public static async Task<Users.User> EligibleUserAsync(VisitationDbContext db, WorkItem item, string? userName, WorkItemActor giver, DateTimeOffset now,
        CancellationToken cancellationToken)
    {
        var name = userName!.Trim().ToLowerInvariant();
        var user = await db.Users.AsNoTracking().SingleOrDefaultAsync(u => u.UserName == name && u.KommuneId == item.KommuneId && u.IsActive, cancellationToken)
            ?? throw new UnprocessableException([ErrorMessages.Error("/user", "organisation.unknownUser", userName)]);
        if (user.IsAbsentAt(now)) throw new UnprocessableException([ErrorMessages.Error("/user", "tasks.userAbsent", user.UserName)]);
        var target = await WorkItemActor.ForUserAsync(db, user, now, cancellationToken);
        var redistributable = giver.IsLeader && (item.InReassignmentQueue || item.Candidates.All(c => c.Kind == WorkItemCandidate.User));
        if (!target.IsCandidate(item) && !redistributable) throw new UnprocessableException([ErrorMessages.Error("/user", "tasks.userNotCandidate", user.UserName)]);
        return user;
    }

    public static async Task SaveAsync(VisitationDbContext db, WorkItem item, WorkItemEvent entry, CancellationToken cancellationToken)
    {
        item.Version++;
        db.WorkItemEvents.Add(entry);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            throw new ConflictException(ErrorMessages.Error("", "tasks.changed"));
        }
    }
}
