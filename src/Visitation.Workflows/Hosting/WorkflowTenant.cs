using Visitation.Workflows.Definitions.Validation;
using Visitation.Workflows.Execution;
using Visitation.Workflows.Management;
using Visitation.Workflows.Persistence;

namespace Visitation.Workflows.Hosting;

/// <summary>The engine as one tenant sees it: its store, runtime and definition lifecycle, on one DbContext.</summary>
public sealed class WorkflowTenant
{
    public WorkflowTenant(string tenantId, WorkflowDbContext db, WorkflowRunner runner, DefinitionValidator validator, TimeProvider clock,
        IReadOnlyList<IStepCommitObserver>? observers = null)
    {
        TenantId = tenantId;
        Db = db;
        Store = new EfWorkflowStore(db, tenantId, clock, observers);
        Runtime = new WorkflowRuntime(new InstanceLockingStore(Store, db), runner, clock);
        Definitions = new DefinitionManager(db, tenantId, validator, Runtime, clock);
        Migrator = new InstanceMigrator(Runtime, Store, db, tenantId);
    }

    public InstanceMigrator Migrator { get; }

    public string TenantId { get; }

    public WorkflowDbContext Db { get; }

    public EfWorkflowStore Store { get; }

    public WorkflowRuntime Runtime { get; }

    public DefinitionManager Definitions { get; }
}

/// <summary>Opens the engine for a tenant within the current DI scope, with the scope's step-commit observers.</summary>
public sealed class WorkflowTenants(WorkflowDbContext db, WorkflowRunner runner, DefinitionValidator validator, TimeProvider clock,
    IEnumerable<IStepCommitObserver> observers)
{
    readonly IReadOnlyList<IStepCommitObserver> _observers = observers.ToList();

    public WorkflowTenant For(string tenantId) => new(tenantId, db, runner, validator, clock, _observers);
}
