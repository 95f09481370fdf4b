using Visitation.Workflows.Persistence;

namespace Visitation.Host.Features.Matchning;

public static class MatchningServiceCollectionExtensions
{
    public static IServiceCollection AddMatchning(this IServiceCollection services)
    {
        services.AddScoped<Kandidater>();
        services.AddScoped<MatchningViewBuilder>();
        services.AddScoped<IStepCommitObserver, MatchningProjection>();
        services.AddSingleton<Visitation.Activities.Matchning.IMatchningOpslag, MatchningOpslag>();
        return services;
    }
}
