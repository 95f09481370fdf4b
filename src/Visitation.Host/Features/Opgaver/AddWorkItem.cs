using System.Text.Json.Nodes;
using Visitation.Host.Infrastructure.Outbox;
using Visitation.Workflows.Activities.BuiltIn;
using Visitation.Workflows.Execution;

namespace Visitation.Host.Features.Opgaver;

/// <summary>
/// Adds a task to the work list inside the transaction of the step that created its <c>Visitation.HumanTask</c> bookmark
/// (from the step's <c>Visitation.HumanTask.Created</c> message), routed away from an absent assignee.
/// </summary>
public sealed class AddWorkItem : IOutboxHandler<HumanTask>
{
    public async ValueTask HandleAsync(OutboxMessage message, StepContext step, CancellationToken cancellationToken)
    {
        var bookmarkId = message.Payload?["bookmarkId"]?.GetValue<string>();
        // A task whose bookmark went in the same step (e.g. a branch abandoned at once) never reaches the list.
        if (bookmarkId is null || step.Step.State.Bookmarks.All(b => b.Id != bookmarkId)) return;
        var item = ToWorkItem(message, bookmarkId, step.KommuneId, step.Step.State.CorrelationId);
        step.Db.WorkItems.Add(item);
        step.Db.WorkItemEvents.Add(WorkItemRouting.NewEvent(item, WorkItemEventKind.Created, item.CreatedAt, "system", item.Assignee));
        await WorkItemRouting.AwayFromAbsenceAsync(step.Db, item, item.CreatedAt, "system", cancellationToken);
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
