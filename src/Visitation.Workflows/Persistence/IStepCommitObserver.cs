using System.Data.Common;
using Visitation.Workflows.Execution;

namespace Visitation.Workflows.Persistence;

/// <summary>
/// Writes rows of its own with each step, in the step's transaction: called by the store after the step's rows
/// are written and before the commit, so what it writes commits or rolls back with the step.
/// </summary>
/// <remarks>
/// Called for every step, whoever causes it (a request, the scheduler, a migration); an observer that has nothing
/// to do for a step should return at once. An exception aborts the step.
/// </remarks>
public interface IStepCommitObserver
{
    ValueTask OnStepWrittenAsync(StepCommit commit, CancellationToken cancellationToken);
}

/// <summary>A step being committed: its tenant, its effects, and the connection and transaction it is written on.</summary>
public sealed record StepCommit(string TenantId, WorkflowStep Step, DbConnection Connection, DbTransaction Transaction);
