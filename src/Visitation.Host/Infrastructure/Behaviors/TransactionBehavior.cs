using Mediator;

namespace Visitation.Host.Infrastructure.Behaviors;

/// <summary>
/// Runs every command (a message marked <see cref="IBaseCommand"/>) in its <see cref="CommandTransaction"/>: the handler
/// only changes tracked entities and moves flows; this behaviour saves and commits once, after the handler returns.
/// Queries pass through untouched, and so do the few commands marked <see cref="IOwnsItsCommits"/>.
/// </summary>
public sealed class TransactionBehavior<TMessage, TResponse>(CommandTransaction transaction) : IPipelineBehavior<TMessage, TResponse>
    where TMessage : IMessage
{
    public ValueTask<TResponse> Handle(TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken) =>
        message is IBaseCommand and not IOwnsItsCommits
            ? transaction.RunAsync(() => next(message, cancellationToken), cancellationToken)
            : next(message, cancellationToken);
}

/// <summary>
/// A command that must commit part of its work even when it is refused, so it cannot run in one transaction: signing in
/// counts a wrong password (and locks the account) and then answers 401. Each use gives its reason; the architecture
/// tests list them.
/// </summary>
public interface IOwnsItsCommits;
