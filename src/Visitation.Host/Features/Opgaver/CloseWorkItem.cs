using Microsoft.EntityFrameworkCore;
using Visitation.Host.Infrastructure.Outbox;
using Visitation.Host.Infrastructure.Persistence;
using Visitation.Workflows.Activities.BuiltIn;
using Visitation.Workflows.Bookmarks;
using Visitation.Workflows.Execution;

namespace Visitation.Host.Features.Opgaver;

/// <summary>
/// Keeps the work list in step with the flows: inside the transaction of every step that removes a
/// <c>Visitation.HumanTask</c> bookmark, it closes the task: Completed when the step resumed it, Cancelled when the
/// instance was cancelled or the branch abandoned. A migration that moves the bookmark to another activity keeps the
/// task, its assignee and due date.
/// </summary>
public sealed class CloseWorkItem : IBookmarkRemovedHandler<HumanTask>
{
    public async ValueTask HandleAsync(Bookmark bookmark, StepContext context, CancellationToken cancellationToken)
    {
        var (db, step, now) = (context.Db, context.Step, context.Now);
        var item = await db.WorkItems.SingleOrDefaultAsync(w => w.KommuneId == context.KommuneId && w.BookmarkId == bookmark.Id, cancellationToken);
        if (item is null || !item.IsOpen) return;
        if (step.BookmarksCreated.FirstOrDefault(b => b.Id == bookmark.Id) is { } moved)
        {
            item.ActivityId = moved.ActivityId;
            db.WorkItemEvents.Add(WorkItemRouting.NewEvent(item, WorkItemEventKind.Moved, now, "system", reason: $"{bookmark.ActivityId} -> {moved.ActivityId}"));
        }
        else Close(db, item, bookmark, step, now);
        item.Version++;
    }

    static void Close(VisitationDbContext db, WorkItem item, Bookmark bookmark, WorkflowStep step, DateTimeOffset now)
    {
        var resumed = step.Journal.LastOrDefault(j => j.Event == JournalEvent.Resumed && j.ActivityId == bookmark.ActivityId);
        var completed = resumed is not null && step.State.SubStatus != WorkflowSubStatus.Cancelled;
        item.Status = completed ? WorkItemStatus.Completed : WorkItemStatus.Cancelled;
        item.CompletedAt = now;
        item.InReassignmentQueue = false;
        var actor = resumed?.Actor ?? step.Journal.LastOrDefault(j => j.Actor is not null)?.Actor ?? "system";
        if (completed)
        {
            item.CompletedBy = actor;
            item.CompletedAction = step.Journal.LastOrDefault(j => j.Event == JournalEvent.Completed && j.ActivityId == bookmark.ActivityId)?.Outcome is { Length: > 0 } outcome
                ? outcome : null;
        }
        db.WorkItemEvents.Add(WorkItemRouting.NewEvent(item, completed ? WorkItemEventKind.Completed : WorkItemEventKind.Cancelled, now, actor));
    }
}
