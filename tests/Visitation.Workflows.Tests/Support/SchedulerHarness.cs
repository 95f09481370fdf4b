using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;
using Visitation.Workflows.Definitions;
using Visitation.Workflows.Definitions.Serialization;
using Visitation.Workflows.Descriptors;
using Visitation.Workflows.Execution;
using Visitation.Workflows.Hosting;
using Visitation.Workflows.Jobs;
using Visitation.Workflows.Persistence;
using Visitation.Workflows.Persistence.Records;

namespace Visitation.Workflows.Tests.Support;

/// <summary>
/// The engine as production runs it, on a SQLite file: registered by <c>AddWorkflowRuntime</c>, each call in its own
/// scope, and timers fired only by the production <see cref="WorkflowScheduler"/>, driven by a fake clock.
/// </summary>
public sealed class SchedulerHarness : IAsyncDisposable
{
    public const string Tenant = "tenant-a";

    readonly string _file = Path.Combine(Path.GetTempPath(), $"visitation-scheduler-{Guid.NewGuid():N}.db");
    readonly ServiceProvider _services;

    SchedulerHarness(Action<ActivityRegistry>? configureActivities)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<TimeProvider>(Clock);
        services.AddScoped<WorkflowDbContext>(_ => new SqliteWorkflowDbContext(new DbContextOptionsBuilder<SqliteWorkflowDbContext>()
            .UseSqlite($"Data Source={_file}", o => o.MigrationsHistoryTable(WorkflowDbContext.MigrationsHistoryTable)).Options));
        services.AddWorkflowRuntime(new WorkflowOptions { SchedulerEnabled = false }, configureActivities);
        // The scheduler's passes here count timers and triggers only; the recurring jobs have tests of their own.
        services.RemoveAll<IRecurringJob>();
        _services = services.BuildServiceProvider();
    }

    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 3, 2, 8, 0, 0, TimeSpan.Zero));

    public DateTimeOffset Now => Clock.GetUtcNow();

    public static async Task<SchedulerHarness> CreateAsync(Action<ActivityRegistry>? configureActivities = null)
    {
        var harness = new SchedulerHarness(configureActivities);
        await harness.InScopeAsync(db => db.Database.MigrateAsync());
        return harness;
    }

    /// <summary>One pass of the production scheduler at the fake clock's time; how many timers and triggers fired.</summary>
    public Task<int> FireDueAsync() => _services.GetRequiredService<WorkflowScheduler>().FireDueAsync(CancellationToken.None);

    /// <summary>Publishes the definition (version 1, effective at once) and indexes its triggers, as publishing does.</summary>
    public async Task<WorkflowDefinition> PublishAsync(string json)
    {
        var definition = DefinitionSerializer.Import(json).Definition;
        await InScopeAsync(async db =>
        {
            db.Definitions.Add(new WorkflowDefinitionRecord
            {
                Id = Guid.NewGuid().ToString("N"),
                TenantId = Tenant,
                DefinitionId = definition.DefinitionId,
                Version = definition.Version,
                Name = definition.Name ?? definition.DefinitionId,
                State = DefinitionVersionState.Published,
                Json = DefinitionSerializer.Write(definition),
                EffectiveFrom = DateTimeOffset.MinValue.ToUniversalTime(),
            });
            await db.SaveChangesAsync();
        });
        await InTenantAsync(tenant => tenant.Runtime.PublishTriggersAsync(definition, Tenant));
        return definition;
    }

    public Task<WorkflowState> StartAsync(WorkflowDefinition definition) =>
        InTenantAsync(async tenant => (await tenant.Runtime.StartAsync(definition.DefinitionId, new StartWorkflowOptions { TenantId = Tenant }, definition.Version)).State);

    public Task<WorkflowState> InstanceAsync(string instanceId) => InTenantAsync(async tenant => (await tenant.Store.LoadInstanceAsync(instanceId))!);

    public Task<List<WorkflowState>> InstancesAsync() => InTenantAsync(async tenant =>
    {
        var ids = await tenant.Db.Instances.AsNoTracking().Where(i => i.TenantId == Tenant).Select(i => i.Id).ToListAsync();
        var states = new List<WorkflowState>();
        foreach (var id in ids) states.Add((await tenant.Store.LoadInstanceAsync(id))!);
        return states;
    });

    public Task<List<TriggerRecord>> TriggersAsync() => InTenantAsync(tenant => tenant.Db.Triggers.AsNoTracking().Where(t => t.TenantId == Tenant).ToListAsync());

    /// <summary>The lines written by <c>Elsa.WriteLine</c>, in the order they were journalled.</summary>
    public Task<List<string>> LinesAsync() => InTenantAsync(tenant => tenant.Db.Journal.AsNoTracking()
        .Where(j => j.TenantId == Tenant && j.ActivityType == WellKnownActivityTypes.WriteLine && j.Event == JournalEvent.Completed)
        .OrderBy(j => j.Id).Select(j => j.Message ?? "").ToListAsync());

    public Task<List<JournalRecord>> JournalAsync() =>
        InTenantAsync(tenant => tenant.Db.Journal.AsNoTracking().Where(j => j.TenantId == Tenant).OrderBy(j => j.Id).ToListAsync());

    public async Task<T> InTenantAsync<T>(Func<WorkflowTenant, Task<T>> work)
    {
        await using var scope = _services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<WorkflowTenants>().For(Tenant));
    }

    async Task InScopeAsync(Func<WorkflowDbContext, Task> work)
    {
        await using var scope = _services.CreateAsyncScope();
        await work(scope.ServiceProvider.GetRequiredService<WorkflowDbContext>());
    }

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        SqliteConnection.ClearAllPools();
        foreach (var path in new[] { _file, _file + "-wal", _file + "-shm" }) File.Delete(path);
    }
}
