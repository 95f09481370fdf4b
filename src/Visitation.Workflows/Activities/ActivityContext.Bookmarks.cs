using System.Text.Json.Nodes;
using Visitation.Workflows.Bookmarks;

namespace Visitation.Workflows.Activities;

public sealed partial class ActivityContext
{
    /// <summary>Creates a bookmark; the activity waits until it is resumed.</summary>
    /// <param name="name">The stimulus name.</param>
    /// <param name="payload">What makes the stimulus specific (hashed with the name and the correlation id).</param>
    /// <param name="callbackMethodName">The resume handler: an instance method <c>ValueTask M(ActivityContext)</c> of the activity (use <c>nameof</c>).</param>
    /// <param name="dueAt">For timers: when the bookmark falls due.</param>
    /// <param name="correlated">Include the instance's correlation id in the hash (default).</param>
    public Bookmark CreateBookmark(string name, JsonNode? payload, string callbackMethodName, DateTimeOffset? dueAt = null, bool correlated = true)
    {
        var bookmark = new Bookmark
        {
            Id = NewId(),
            Name = name,
            Hash = BookmarkHasher.Hash(name, payload, correlated ? CorrelationId : null),
            Payload = payload?.DeepClone(),
            WorkflowInstanceId = WorkflowInstanceId,
            TenantId = TenantId,
            CorrelationId = CorrelationId,
            ActivityId = ActivityId,
            ActivityInstanceId = ActivityInstanceId,
            CallbackMethodName = callbackMethodName,
            DueAt = dueAt?.ToUniversalTime(),
            CreatedAt = Clock.GetUtcNow(),
        };
        CreatedBookmarks.Add(bookmark);
        return bookmark;
    }

    /// <summary>Waits until <paramref name="dueAt"/> (a timer bookmark), then calls the named handler.</summary>
    public Bookmark DelayUntil(DateTimeOffset dueAt, string callbackMethodName, string name = "Elsa.Delay") =>
        CreateBookmark(name, new JsonObject { ["activityInstanceId"] = ActivityInstanceId }, callbackMethodName, dueAt);
}
