using Visitation.Host.Features.Bestillinger;
using Visitation.Workflows.Jobs;
using Visitation.Workflows.Persistence;

namespace Visitation.Host.Features.Bevillinger;

public static class BevillingerServiceCollectionExtensions
{
    /// <summary>Grants and orders written in the flow's steps (grants first, so a step that grants and orders finds its grant), and the expiry watch.</summary>
    public static IServiceCollection AddBevillinger(this IServiceCollection services)
    {
        services.AddScoped<IStepCommitObserver, BevillingProjection>();
        services.AddScoped<IStepCommitObserver, BestillingProjection>();
        services.AddSingleton<IRecurringJob, BevillingExpiryJob>();
        return services;
    }
}
