using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Visitation.Host.Infrastructure.Persistence;
using Visitation.Workflows.Activities.BuiltIn;
using Visitation.Workflows.Bookmarks;
using Visitation.Workflows.Execution;
using Visitation.Workflows.Persistence;

namespace Visitation.Host.Features.Opgaver;

/// <summary>
/// Keeps the work list in step with the flows: inside the transaction of every step that creates or removes a
/// <c>Visitation.HumanTask</c> bookmark, it adds the task (from the step's <c>Visitation.HumanTask.Created</c>
/// message) or closes it: Completed when the step resumed it, Cancelled when the instance was cancelled or the
/// branch abandoned. A migration that moves the bookmark to another activity keeps the task, its assignee and due date.
/// </summary>
public sealed class WorkItemProjection(DatabaseOptions database) : IStepCommitObserver
{
    public async ValueTask OnStepWrittenAsync(StepCommit commit, CancellationToken cancellationToken)
    {
        var step = commit.Step;
        var created = step.Outbox.Where(m => m.Type == HumanTask.CreatedMessageType).ToList();
        var removed = step.BookmarksRemoved.Where(b => b.Name == HumanTask.BookmarkName).ToList();
        if ((created.Count == 0 && removed.Count == 0) || !Guid.TryParse(commit.TenantId, out var kommuneId)) return;

        await using var db = SharedConnectionContexts.Create(database.Provider, commit.Connection);
        await db.Database.UseTransactionAsync(commit.Transaction, cancellationToken);
        var now = step.State.UpdatedAt;
        foreach (var bookmark in removed)
        {
            var item = await db.WorkItems.IgnoreQueryFilters()
                .SingleOrDefaultAsync(w => w.KommuneId == kommuneId && w.BookmarkId == bookmark.Id, cancellationToken);
            if (item is null || !item.IsOpen) continue;
            if (step.BookmarksCreated.FirstOrDefault(b => b.Id == bookmark.Id) is { } moved)
            {
                item.ActivityId = moved.ActivityId;
                db.WorkItemEvents.Add(WorkItemRouting.NewEvent(item, WorkItemEventKind.Moved, now, "system", reason: $"{bookmark.ActivityId} -> {moved.ActivityId}"));
            }
            else Close(db, item, bookmark, step, now);
            item.Version++;
        }
        foreach (var message in created)
        {
            var bookmarkId = message.Payload?["bookmarkId"]?.GetValue<string>();
            // A task whose bookmark went in the same step (e.g. a branch abandoned at once) never reaches the list.
            if (bookmarkId is null || step.State.Bookmarks.All(b => b.Id != bookmarkId)) continue;
            var item = ToWorkItem(message, bookmarkId, kommuneId, step.State.CorrelationId);
            db.WorkItems.Add(item);
            db.WorkItemEvents.Add(WorkItemRouting.NewEvent(item, WorkItemEventKind.Created, item.CreatedAt, "system", item.Assignee));
            await WorkItemRouting.AwayFromAbsenceAsync(db, item, item.CreatedAt, "system", cancellationToken);
        }
        await db.SaveChangesAsync(cancellationToken);
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

    static WorkItem ToWorkItem(OutboxMessage message, string bookmarkId, Guid kommuneId, string? correlationId)
    {
        var payload = message.Payload!;
        var taskId = payload["taskId"]?.GetValue<string>() ?? message.Id;
        var candidates = (payload["candidates"] as JsonArray ?? [])
            .Select(c => (Kind: c?["kind"]?.GetValue<string>(), Id: c?["id"] is JsonValue v && v.TryGetValue<string>(out var s) ? s : c?["id"]?.ToJsonString()))
            .Where(c => c.Kind is not null && !string.IsNullOrWhiteSpace(c.Id))
            .Select(c => new WorkItemCandidate { WorkItemId = taskId, KommuneId = kommuneId, Kind = c.Kind!, Value = c.Id!.Trim().ToLowerInvariant() })
            .DistinctBy(c => (c.Kind, c.Value)).ToList();
        var users = candidates.Where(c => c.Kind == WorkItemCandidate.User).ToList();
        // A task for one named person is theirs from the start.
        var assignee = users.Count == 1 && candidates.Count == 1 ? users[0].Value : null;
        return new WorkItem
        {
            Id = taskId,
            KommuneId = kommuneId,
            BookmarkId = bookmarkId,
            InstanceId = message.WorkflowInstanceId,
            ActivityId = payload["activityId"]?.GetValue<string>() ?? "",
            CaseId = message.CorrelationId ?? correlationId,
            Title = Truncate(payload["title"]?.GetValue<string>(), 500) ?? taskId,
            Description = payload["description"]?.GetValue<string>(),
            FormSchema = payload["formSchema"] is JsonObject schema ? schema.ToJsonString() : null,
            Actions = (payload["actions"] as JsonArray ?? []).Select(a => a?.GetValue<string>()).OfType<string>().ToList(),
            Candidates = candidates,
            Assignee = assignee,
            Status = assignee is null ? WorkItemStatus.Open : WorkItemStatus.Assigned,
            DueAt = payload["dueAt"] is JsonValue due && due.TryGetValue<DateTimeOffset>(out var at) ? at.ToUniversalTime() : null,
            Priority = Enum.TryParse<WorkItemPriority>(payload["priority"]?.GetValue<string>(), true, out var priority) ? priority : WorkItemPriority.Normal,
            CreatedAt = message.CreatedAt,
        };
    }

    static string? Truncate(string? text, int length) => text is null || text.Length <= length ? text : text[..length];
}
