namespace Visitation.Workflows.Execution;

/// <summary>
/// An activity that adds one type of outbox message, named by <see cref="OutboxMessageType"/>. The application handles
/// each type by the activity that sends it (a handler of <c>Bevilg</c>), so a handler cannot name a type nobody sends.
/// </summary>
public interface IOutboxMessageSource
{
    static abstract string OutboxMessageType { get; }
}

/// <summary>A blocking activity whose bookmarks are named <see cref="BookmarkName"/>; the application may follow their removal.</summary>
public interface IBookmarkSource
{
    static abstract string BookmarkName { get; }
}
