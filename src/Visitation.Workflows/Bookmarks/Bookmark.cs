using System.Text.Json.Nodes;

namespace Visitation.Workflows.Bookmarks;

/// <summary>A point where an instance waits for a stimulus: an event, a task completion, a child, or a due time.</summary>
/// <remarks>
/// <see cref="Hash"/> is the stimulus key (<see cref="BookmarkHasher"/>): SHA-256 of the name, the normalised
/// payload and the correlation id, so an incoming stimulus finds its bookmarks by one indexed lookup.
/// A timer is a bookmark with <see cref="DueAt"/>. <see cref="CallbackMethodName"/> names the activity method
/// that handles the resume; it is a method name, never a delegate, so it survives a reload.
/// </remarks>
public sealed record Bookmark
{
    public required string Id { get; init; }

    /// <summary>The stimulus name, e.g. <c>Elsa.Delay</c>, an event name, <c>Visitation.HumanTask</c>.</summary>
    public required string Name { get; init; }

    public required string Hash { get; init; }
    public JsonNode? Payload { get; init; }
    public required string WorkflowInstanceId { get; init; }

    /// <summary>The instance's tenant, so that stimulus lookups stay within one municipality.</summary>
    public string? TenantId { get; init; }
    public string? CorrelationId { get; init; }
    public required string ActivityId { get; init; }
    public required string ActivityInstanceId { get; init; }
    public string? CallbackMethodName { get; init; }

    /// <summary>When a timer bookmark falls due (UTC); null for bookmarks that wait for a stimulus.</summary>
    public DateTimeOffset? DueAt { get; init; }

    public required DateTimeOffset CreatedAt { get; init; }
}
