using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Visitation.Workflows.Execution;

namespace Visitation.Workflows.Timers;

/// <summary>Settings of the timer scheduler.</summary>
public sealed class WorkflowTimerOptions
{
    /// <summary>How often due timers and triggers are looked for.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>How many due items one query claims; the scheduler loops while batches come back full.</summary>
    public int BatchSize { get; set; } = 100;
}

/// <summary>The engine's one scheduler: fires due timer bookmarks and Timer/Cron triggers from the store.</summary>
/// <remarks>
/// Nothing is held in memory: every tick asks the store what is due at the clock's "now", so a restart simply
/// catches up (a missed trigger fires once, not once per missed occurrence). Each tick uses its own DI scope,
/// so a scoped store (a DbContext) is fresh per tick. Duplicate fires across nodes are prevented by the store's
/// claims (<see cref="IWorkflowStore.AdvanceTriggerAsync"/>, bookmark removal under the instance version).
/// </remarks>
public sealed class WorkflowTimerService(IServiceScopeFactory scopes, TimeProvider clock, WorkflowTimerOptions options, ILogger<WorkflowTimerService> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.PollInterval, clock);
        do
        {
            await TickAsync(stoppingToken);
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    /// <summary>Fires everything due now; returns how many items fired.</summary>
    public async Task<int> TickAsync(CancellationToken cancellationToken = default)
    {
        var total = 0;
        try
        {
            int fired;
            do
            {
                await using var scope = scopes.CreateAsyncScope();
                var runtime = scope.ServiceProvider.GetRequiredService<WorkflowRuntime>();
                fired = await runtime.FireDueTimersAsync(clock.GetUtcNow(), options.BatchSize, cancellationToken);
                total += fired;
            }
            while (fired >= options.BatchSize && !cancellationToken.IsCancellationRequested);
        }
        catch (Exception e) when (!cancellationToken.IsCancellationRequested)
        {
            logger.LogError(e, "Firing due workflow timers failed");
        }
        return total;
    }
}
