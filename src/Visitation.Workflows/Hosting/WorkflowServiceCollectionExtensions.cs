using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Visitation.Workflows.Activities.BuiltIn;
using Visitation.Workflows.Definitions.Validation;
using Visitation.Workflows.Descriptors;
using Visitation.Workflows.Execution;
using Visitation.Workflows.Jobs;

namespace Visitation.Workflows.Hosting;

public static class WorkflowServiceCollectionExtensions
{
    /// <summary>
    /// Registers the runtime: the activity registry (built-ins plus <paramref name="configureActivities"/>),
    /// validator, runner, per-tenant access and the scheduler. The host registers <c>WorkflowDbContext</c>
    /// for its database provider.
    /// </summary>
    public static IServiceCollection AddWorkflowRuntime(this IServiceCollection services, WorkflowOptions options, Action<ActivityRegistry>? configureActivities = null)
    {
        var registry = new ActivityRegistry().AddBuiltInActivities();
        configureActivities?.Invoke(registry);
        services.AddSingleton(options);
        services.AddSingleton(registry);
        services.AddSingleton(new DefinitionValidator(registry));
        services.AddSingleton(sp => new WorkflowRunner(registry,
            new WorkflowRunnerOptions { TimeZone = TimeZoneInfo.FindSystemTimeZoneById(options.TimeZone), Services = sp },
            sp.GetRequiredService<TimeProvider>()));
        services.AddScoped<WorkflowTenants>();
        services.AddSingleton(options.Retention);
        services.AddSingleton<IRecurringJob, RetentionJob>();
        services.AddSingleton<IRecurringJob, VersionActivationJob>();
        services.AddSingleton(sp => new RecurringJobRunner(sp.GetRequiredService<IServiceScopeFactory>(), sp.GetServices<IRecurringJob>(),
            TimeZoneInfo.FindSystemTimeZoneById(options.TimeZone), sp.GetRequiredService<Microsoft.Extensions.Logging.ILogger<RecurringJobRunner>>()));
        services.AddSingleton<WorkflowScheduler>();
        services.AddSingleton<IHostedService>(sp => sp.GetRequiredService<WorkflowScheduler>());
        return services;
    }
}
