using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Visitation.Host.Infrastructure.Persistence;
using Visitation.Workflows.Persistence;

namespace Visitation.Host.Infrastructure.Behaviors;

/// <summary>
/// The one transaction of a command (docs/decisions.md D15): the host's writes, the flow steps the command causes (the
/// engine's context joins the transaction, and the typed outbox handlers write on it) and the audit entries commit
/// together or not at all. <see cref="TransactionBehavior{TMessage,TResponse}"/> opens it for every command; work
/// outside the pipeline (a recurring job) runs through <see cref="RunAsync{T}"/> itself.
/// </summary>
/// <remarks>
/// Work that finds its answer decided by a racing request (<see cref="RaceLostException"/>) is rolled back and run
/// once more, in a new transaction that sees what the racing request committed.
/// </remarks>
public sealed class CommandTransaction(VisitationDbContext visitation, WorkflowDbContext workflows)
{
    /// <summary>Whether a command's transaction is open in this scope.</summary>
    public bool IsOpen => visitation.Database.CurrentTransaction is not null;

    public async ValueTask<T> RunAsync<T>(Func<ValueTask<T>> work, CancellationToken cancellationToken)
    {
        // A command sent from inside another command is part of it.
        if (IsOpen) return await work();
        for (var attempt = 1; ; attempt++)
        {
            await using var transaction = await visitation.Database.BeginTransactionAsync(cancellationToken);
            await workflows.Database.UseTransactionAsync(transaction.GetDbTransaction(), cancellationToken);
            try
            {
                var result = await work();
                await visitation.SaveChangesAsync(cancellationToken);
                await transaction.CommitAsync(cancellationToken);
                return result;
            }
            catch (RaceLostException) when (attempt == 1)
            {
                await transaction.RollbackAsync(cancellationToken);
                visitation.ChangeTracker.Clear();
                workflows.ChangeTracker.Clear();
            }
            finally
            {
                await workflows.Database.UseTransactionAsync(null, cancellationToken);
            }
        }
    }

    /// <summary>Thrown by work whose answer a racing request has decided and committed meanwhile: run it again to read that answer.</summary>
    public sealed class RaceLostException : Exception;
}
