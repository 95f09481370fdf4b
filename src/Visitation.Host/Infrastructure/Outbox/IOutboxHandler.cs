using Visitation.Workflows.Bookmarks;
using Visitation.Workflows.Execution;

namespace Visitation.Host.Infrastructure.Outbox;

/// <summary>
/// Handles the outbox messages of one activity type (<typeparamref name="TSource"/>) inside the transaction of the step
/// that sent them (docs/decisions.md D15): it changes tracked entities of <see cref="StepContext.Db"/>, whose tenant
/// filters admit the step's municipality only, and adds the audit entries of what it did. The dispatcher saves after
/// each message; an exception faults the step and rolls back the step, the command that caused it and its audit entries.
/// </summary>
/// <remarks>Register with <see cref="OutboxServiceCollectionExtensions.AddOutboxHandler{TSource,THandler}"/>.</remarks>
public interface IOutboxHandler<TSource> where TSource : IOutboxMessageSource
{
    ValueTask HandleAsync(OutboxMessage message, StepContext step, CancellationToken cancellationToken);
}

/// <summary>Follows the bookmarks of <typeparamref name="TSource"/> that a step removes (resumed, cancelled, abandoned, or moved by a migration).</summary>
public interface IBookmarkRemovedHandler<TSource> where TSource : IBookmarkSource
{
    ValueTask HandleAsync(Bookmark removed, StepContext step, CancellationToken cancellationToken);
}
