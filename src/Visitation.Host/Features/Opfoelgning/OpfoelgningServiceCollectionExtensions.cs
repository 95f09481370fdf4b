using Visitation.Activities.Opfoelgning;
using Visitation.Host.Infrastructure.Outbox;

namespace Visitation.Host.Features.Opfoelgning;

public static class OpfoelgningServiceCollectionExtensions
{
    /// <summary>The cadence resolver, the flows' follow-up calculator and re-visitation deadline, the follow-up projection in every step's transaction and the start meeting's check.</summary>
    public static IServiceCollection AddOpfoelgning(this IServiceCollection services)
    {
        services.AddScoped<KadenceResolver>();
        services.AddSingleton<Visitation.Activities.Opfoelgning.IOpfoelgningBeregner, OpfoelgningBeregner>();
        services.AddSingleton<Visitation.Activities.Opfoelgning.IGenvisitationFrist, GenvisitationFrist>();
        services.AddOutboxHandler<BeregnOpfoelgning, PlanOpfoelgning>();
        services.AddOutboxHandler<RegistrerOpfoelgning, RecordOpfoelgning>();
        services.AddScoped<Opgaver.IWorkItemCompletionRule, OpstartsmoedeRule>();
        services.AddScoped<Opgaver.IWorkItemCompletionRule, OpfoelgningEfterStartRule>();
        return services;
    }
}
