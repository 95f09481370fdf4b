using Visitation.Workflows.Persistence;

namespace Visitation.Host.Features.Opfoelgning;

public static class OpfoelgningServiceCollectionExtensions
{
    /// <summary>The cadence resolver, the flows' follow-up calculator and the follow-up projection in every step's transaction.</summary>
    public static IServiceCollection AddOpfoelgning(this IServiceCollection services)
    {
        services.AddScoped<KadenceResolver>();
        services.AddSingleton<Visitation.Activities.Opfoelgning.IOpfoelgningBeregner, OpfoelgningBeregner>();
        services.AddScoped<IStepCommitObserver, OpfoelgningProjection>();
        return services;
    }
}
