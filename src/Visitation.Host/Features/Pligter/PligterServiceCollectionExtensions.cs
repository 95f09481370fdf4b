namespace Visitation.Host.Features.Pligter;

public static class PligterServiceCollectionExtensions
{
    /// <summary>The duty message sink (onto the duty and into the outbox) and the decision task's check on open duties.</summary>
    public static IServiceCollection AddPligter(this IServiceCollection services)
    {
        services.AddSingleton<IDutyMessageSink, OutboxDutyMessageSink>();
        services.AddScoped<Opgaver.IWorkItemCompletionRule, DutyDecisionRule>();
        return services;
    }
}
