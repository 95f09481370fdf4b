using Visitation.Activities.Matchning;
using Visitation.Host.Infrastructure.Outbox;

namespace Visitation.Host.Features.Matchning;

public static class MatchningServiceCollectionExtensions
{
    public static IServiceCollection AddMatchning(this IServiceCollection services)
    {
        services.AddScoped<Kandidater>();
        services.AddScoped<MatchningViewBuilder>();
        services.AddOutboxHandler<MatchTilbud, OpenMatchning>();
        services.AddOutboxHandler<BeslutTilbud, AwaitMatchningDecision>();
        services.AddSingleton<Visitation.Activities.Matchning.IMatchningOpslag, MatchningOpslag>();
        return services;
    }
}
