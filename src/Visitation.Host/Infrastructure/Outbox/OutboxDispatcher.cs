using Microsoft.EntityFrameworkCore;
using Visitation.Host.Infrastructure.Persistence;
using Visitation.Workflows.Persistence;

namespace Visitation.Host.Infrastructure.Outbox;

/// <summary>
/// The engine's one step-commit observer in the host: hands each outbox message of a step to the handlers of its type,
/// in the order the flow sent them, after the removed bookmarks the host follows, all inside the step's transaction and
/// on one host context whose tenant filters admit the step's municipality. Saves after each message, so a later
/// message sees what an earlier one wrote (a grant ended and its replacement granted in one step).
/// </summary>
public sealed class OutboxDispatcher(DatabaseOptions database, IServiceProvider services, IEnumerable<OutboxRoute> routes, ILogger<OutboxDispatcher> logger)
    : IStepCommitObserver
{
    private readonly ILookup<string, OutboxRoute> _messages = routes.Where(r => r.Kind == OutboxRouteKind.Message).ToLookup(r => r.Name);
    private readonly ILookup<string, OutboxRoute> _bookmarks = routes.Where(r => r.Kind == OutboxRouteKind.BookmarkRemoved).ToLookup(r => r.Name);

    public async ValueTask OnStepWrittenAsync(StepCommit commit, CancellationToken cancellationToken)
    {
        var step = commit.Step;
        var messages = step.Outbox.Where(m => _messages.Contains(m.Type)).ToList();
        var removed = step.BookmarksRemoved.Where(b => _bookmarks.Contains(b.Name)).ToList();
        // A tenant that is not a municipality (an engine test's) has no host data to write.
        if ((messages.Count == 0 && removed.Count == 0) || !Guid.TryParse(commit.TenantId, out var kommuneId)) return;

        await using var db = SharedConnectionContexts.Create(database.Provider, commit.Connection, kommuneId);
        await db.Database.UseTransactionAsync(commit.Transaction, cancellationToken);
        var context = new StepContext(db, kommuneId, step, logger);
        foreach (var bookmark in removed)
            foreach (var route in _bookmarks[bookmark.Name])
                await route.Handle(services, bookmark, context, cancellationToken);
        if (removed.Count > 0) await db.SaveChangesAsync(cancellationToken);
        foreach (var message in messages)
        {
            foreach (var route in _messages[message.Type])
                await route.Handle(services, message, context, cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
        }
    }
}

public enum OutboxRouteKind { Message, BookmarkRemoved }

/// <summary>One registered handler: the message type or bookmark name it follows and how to call it.</summary>
public sealed record OutboxRoute(OutboxRouteKind Kind, string Name, Func<IServiceProvider, object, StepContext, CancellationToken, ValueTask> Handle);
