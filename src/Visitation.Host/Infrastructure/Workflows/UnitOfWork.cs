using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Visitation.Host.Infrastructure.Persistence;
using Visitation.Workflows.Persistence;

namespace Visitation.Host.Infrastructure.Workflows;

/// <summary>
/// One transaction over the host's data and the engine's: a use case that changes a case and moves its flow
/// commits both or neither (docs/decisions.md D15). The engine's store joins the open transaction
/// instead of starting its own.
/// </summary>
public sealed class UnitOfWork(VisitationDbContext visitation, WorkflowDbContext workflows)
{
    public async Task<T> RunAsync<T>(Func<Task<T>> work, CancellationToken cancellationToken)
    {
        if (visitation.Database.CurrentTransaction is not null) return await work();
        await using var transaction = await visitation.Database.BeginTransactionAsync(cancellationToken);
        await workflows.Database.UseTransactionAsync(transaction.GetDbTransaction(), cancellationToken);
        try
        {
            var result = await work();
            await visitation.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return result;
        }
        finally
        {
            await workflows.Database.UseTransactionAsync(null, cancellationToken);
        }
    }
}
