using Visitation.Workflows.Bookmarks;
using Visitation.Workflows.Execution;
using Visitation.Workflows.Persistence;

namespace Visitation.Host.Infrastructure.Outbox;

public static class OutboxServiceCollectionExtensions
{
    /// <summary>The dispatcher of step outbox messages to their typed handlers; registered once by the host.</summary>
    public static IServiceCollection AddOutboxDispatch(this IServiceCollection services) =>
        services.AddScoped<IStepCommitObserver, OutboxDispatcher>();

    /// <summary>Handles the outbox messages of <typeparamref name="TSource"/> with <typeparamref name="THandler"/>.</summary>
    public static IServiceCollection AddOutboxHandler<TSource, THandler>(this IServiceCollection services)
        where TSource : IOutboxMessageSource where THandler : class, IOutboxHandler<TSource>
    {
        services.AddScoped<IOutboxHandler<TSource>, THandler>();
        return services.AddSingleton(new OutboxRoute(OutboxRouteKind.Message, TSource.OutboxMessageType, (scope, message, step, cancellationToken) =>
            scope.GetRequiredService<IOutboxHandler<TSource>>().HandleAsync((OutboxMessage)message, step, cancellationToken)));
    }

    /// <summary>Follows the removed bookmarks of <typeparamref name="TSource"/> with <typeparamref name="THandler"/>.</summary>
    public static IServiceCollection AddBookmarkRemovedHandler<TSource, THandler>(this IServiceCollection services)
        where TSource : IBookmarkSource where THandler : class, IBookmarkRemovedHandler<TSource>
    {
        services.AddScoped<IBookmarkRemovedHandler<TSource>, THandler>();
        return services.AddSingleton(new OutboxRoute(OutboxRouteKind.BookmarkRemoved, TSource.BookmarkName, (scope, bookmark, step, cancellationToken) =>
            scope.GetRequiredService<IBookmarkRemovedHandler<TSource>>().HandleAsync((Bookmark)bookmark, step, cancellationToken)));
    }
}
