using Visitation.Workflows.Jobs;
using Visitation.Workflows.Persistence;

namespace Visitation.Host.Features.Opgaver;

public static class OpgaverServiceCollectionExtensions
{
    /// <summary>The work list: its projection in every step's transaction, and its escalation job on the engine's scheduler.</summary>
    public static IServiceCollection AddOpgaver(this IServiceCollection services)
    {
        services.AddScoped<IStepCommitObserver, WorkItemProjection>();
        services.AddSingleton<IRecurringJob, WorkItemEscalationJob>();
        return services;
    }
}
