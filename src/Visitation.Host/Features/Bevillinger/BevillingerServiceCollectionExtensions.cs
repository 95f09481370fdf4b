using Visitation.Activities.Bevillinger;
using Visitation.Host.Features.Bestillinger;
using Visitation.Host.Infrastructure.Outbox;
using Visitation.Workflows.Jobs;

namespace Visitation.Host.Features.Bevillinger;

public static class BevillingerServiceCollectionExtensions
{
    /// <summary>Grants and orders written in the flow's steps (grants first, so a step that grants and orders finds its grant), and the expiry watch.</summary>
    public static IServiceCollection AddBevillinger(this IServiceCollection services)
    {
        services.AddOutboxHandler<Bevilg, GrantBevilling>();
        services.AddOutboxHandler<AfslutBevilling, EndBevilling>();
        services.AddOutboxHandler<Bestil, Bestillinger.SendBestilling>();
        services.AddSingleton<IRecurringJob, BevillingExpiryJob>();
        return services;
    }
}
