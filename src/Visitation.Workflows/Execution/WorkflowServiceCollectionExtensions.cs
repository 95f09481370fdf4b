using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Visitation.Workflows.Activities.BuiltIn;
using Visitation.Workflows.Descriptors;
using Visitation.Workflows.Timers;

namespace Visitation.Workflows.Execution;

/// <summary>Registers the engine: registry with the built-in activities, runner, runtime and timer scheduler.</summary>
/// <remarks>
/// The host registers its <see cref="IWorkflowStore"/> (scoped, e.g. on a DbContext) and may add activity
/// types to the <see cref="ActivityRegistry"/> through <c>configureRegistry</c>.
/// <see cref="WorkflowRuntime"/> is scoped, like the store; the runner and the registry are singletons.
/// </remarks>
public static class WorkflowServiceCollectionExtensions
{
    public static IServiceCollection AddWorkflowRuntime(this IServiceCollection services,
        Action<WorkflowRunnerOptions>? configureRunner = null,
        Action<ActivityRegistry>? configureRegistry = null,
        Action<WorkflowTimerOptions>? configureTimers = null,
        bool runTimerScheduler = true)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton(_ =>
        {
            var registry = new ActivityRegistry().AddBuiltInActivities();
            configureRegistry?.Invoke(registry);
            return registry;
        });
        services.AddSingleton(_ =>
        {
            var options = new WorkflowRunnerOptions();
            configureRunner?.Invoke(options);
            return options;
        });
        services.AddSingleton(sp => new WorkflowRunner(sp.GetRequiredService<ActivityRegistry>(), sp.GetRequiredService<WorkflowRunnerOptions>(), sp.GetRequiredService<TimeProvider>()));
        services.AddScoped(sp => new WorkflowRuntime(sp.GetRequiredService<IWorkflowStore>(), sp.GetRequiredService<WorkflowRunner>(),
            sp.GetRequiredService<TimeProvider>(), sp.GetService<Microsoft.Extensions.Logging.ILogger<WorkflowRuntime>>()));
        var timerOptions = new WorkflowTimerOptions();
        configureTimers?.Invoke(timerOptions);
        services.AddSingleton(timerOptions);
        if (runTimerScheduler) services.AddHostedService<WorkflowTimerService>();
        return services;
    }
}
